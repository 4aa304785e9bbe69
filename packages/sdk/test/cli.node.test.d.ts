export {};
//# sourceMappingURL=cli.node.test.d.ts.map
