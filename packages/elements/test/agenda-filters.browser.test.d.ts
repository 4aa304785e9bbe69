import '../src/agenda/define.js';
//# sourceMappingURL=agenda-filters.browser.test.d.ts.map
