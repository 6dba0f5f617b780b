/** The built-in story, shipped in public/data. */
export const BUILTIN_DATASET_URL = `${import.meta.env.BASE_URL}data/kim-putin-letters.json`
