import * as z from 'zod';
// The one locale we use, imported alone: through `z.locales` every language of zod's would be bundled.
import no from 'zod/v4/locales/no.js';

// zod's built-in messages (wrong type, missing field …) in Norwegian, since they reach users inside ours.
z.config(no());
