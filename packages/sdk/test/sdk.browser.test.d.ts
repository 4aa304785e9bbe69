export {};
//# sourceMappingURL=sdk.browser.test.d.ts.map
