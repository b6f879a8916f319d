/** IPC channel names shared by main and preload. */
export const IPC_INVOKE = 'planhjulet:invoke';
export const IPC_MENU_COMMAND = 'planhjulet:menu-command';
