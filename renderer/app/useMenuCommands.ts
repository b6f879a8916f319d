import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../api/client';

/** Commands from the desktop app's native menu (nothing happens in browser mode). */
export function useMenuCommands(handle: (command: MenuCommand) => void): void {
  const handler = useRef(handle);
  useEffect(() => {
    handler.current = handle;
  }, [handle]);
  useEffect(() => window.planhjulet?.onMenuCommand((command) => handler.current(command)), []);
}
