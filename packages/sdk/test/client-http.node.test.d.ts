export {};
//# sourceMappingURL=client-http.node.test.d.ts.map
