/** How a plan file's name ends. Apart from the schema, so that naming a file does not build the schema. */
export const PLAN_FILE_EXTENSION = '.planhjul.json';
