import '../src/agenda/define.js';
//# sourceMappingURL=agenda.browser.test.d.ts.map
