import { main } from './cli/main';

await main(process.argv.slice(2));
