import { z } from 'zod';

// zod's built-in messages (wrong type, missing field …) in Norwegian, since they reach users inside ours.
z.config(z.locales.no());
