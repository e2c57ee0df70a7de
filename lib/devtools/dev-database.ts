/** Where `npm run dev` keeps its embedded cluster. Git-ignored. */
export const DEV_DATA_DIR = '.data/postgres';
export const DEV_PG_PORT = 54329;
export const DEV_DATABASE = 'relaydesk';
