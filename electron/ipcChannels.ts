/** IPC channel names shared by main and preload. */
export const IPC_INVOKE = 'planhjulet:invoke';
export const IPC_MENU_COMMAND = 'planhjulet:menu-command';
/** The page tells the main process it listens for menu commands (files waiting to be opened go then). */
export const IPC_MENU_READY = 'planhjulet:menu-ready';
