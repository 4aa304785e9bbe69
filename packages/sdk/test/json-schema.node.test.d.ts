export {};
//# sourceMappingURL=json-schema.node.test.d.ts.map
