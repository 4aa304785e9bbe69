/**
 * @coalition-kit/server: the reference feed server, for embedding in other Node programs.
 * The command line (`ck-server`) is the usual way to run it.
 */
export { startServer, type ServeOptions, type RunningServer } from './server.js';
export { buildApp, type AppOptions } from './http/app.js';
export { openDatabase, type Database, type Queryable, type Engine } from './store/database.js';
export { migrate, readMigrations, type Migration } from './store/migrate.js';
export { acquireLock, LockHeldError } from './store/lock.js';
export { loadDemo } from './demo/load.js';
export { loadCollective, loadList, type LoadReport } from './io/load-feed.js';
export { membersFromCsv, MEMBER_COLUMNS } from './io/members-csv.js';
export { eventsFromCalendar } from './ical/read.js';
export { writeCalendar } from './ical/write.js';
export { toCsv, csvCell } from './io/csv-write.js';
