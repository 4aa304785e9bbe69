export {};
//# sourceMappingURL=submit.node.test.d.ts.map
