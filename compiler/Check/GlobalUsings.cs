// The AST's extension methods (operator and keyword text) without importing its type names, which
// would clash with the checker's types (ArrayType, StructType, ...).
global using static Gosharp.Compiler.Syntax.Ast.OperatorInfo;
global using static Gosharp.Compiler.Syntax.Ast.TokenText;
