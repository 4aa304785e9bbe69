import '../src/agenda/define.js';
//# sourceMappingURL=agenda-items.browser.test.d.ts.map
