export {};
//# sourceMappingURL=ics.browser.test.d.ts.map
