/**
 * The family the charts name. They are drawn with the wheel's renderer (`../wheel/png`), which loads the bundled
 * DejaVu Sans faces and no system fonts, so every machine draws the same chart.
 */
export const CHART_FONT_FAMILY = 'DejaVu Sans';
