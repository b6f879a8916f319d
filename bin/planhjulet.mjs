#!/usr/bin/env node
// Installed entry of the `planhjulet` command: runs the TypeScript CLI through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../electron/cli.ts');
