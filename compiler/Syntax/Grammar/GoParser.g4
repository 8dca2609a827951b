// The Go parser (Go 1.22 specification), for gosharp.
//
// The grammar follows the shape of gc's recursive-descent parser (cmd/compile/internal/syntax)
// rather than the spec's EBNF where the two differ, because the AST builder must produce gc's
// tree and gc's errors:
//   * Types are expressions: an operand may be a type literal ([]T, map[K]V, chan T, struct{...},
//     interface{...}, func(...)), `*T` is the unary `*`, and `<-chan T` is the unary `<-` applied
//     to a channel type (the builder re-associates it, as gc does).
//   * Where gc decides only after parsing a construct (a type parameter list or an array length
//     after `type T[`, named or unnamed parameters, index or slice, an if/for/switch header),
//     the grammar accepts a small superset and the builder decides, with gc's rules and messages.
//   * Decisions are LL(1) or LL(2), or look through one short construct (the type of a composite
//     literal, a signature, `name [` in struct fields and parameters). SLL prediction considers
//     everything that may follow a rule anywhere in the grammar, so the rules are arranged to
//     keep '{', '(', '.' and '[' out of what may follow an expression, a type or a signature;
//     otherwise prediction would read whole function bodies ahead (see expression, primaryExpr,
//     complitType, signature). The whole Go source tree parses without any LL fallback.
// Composite literals: at the top level of an if/for/switch header, `T {` starts the block, not
// a composite literal, unless T is an array, slice, struct or map type literal (gc's xnest < 0).
// The header therefore has its own copy of the expression rules (hExpression and friends, with
// that restriction); everywhere else, including inside parentheses, brackets and braces within
// a header, the ordinary rules apply and `{` after an expression always continues it. This keeps
// every decision about `{` LL(1), without semantic predicates.
parser grammar GoParser;

options {
    tokenVocab = GoLexer;
    // Compact parse-tree nodes (see Parsing/GoParseContext.cs).
    contextSuperClass = Gosharp.Compiler.Syntax.Parsing.GoParseContext;
}

// ---------------------------------------------------------------------------------------------
// Files and declarations

sourceFile
    : packageClause SEMI (importDecl SEMI)* (topLevelDecl (SEMI topLevelDecl)* SEMI?)? EOF
    ;

packageClause
    : PACKAGE IDENTIFIER
    ;

importDecl
    : IMPORT (importSpec | LPAREN (importSpec (SEMI importSpec)* SEMI?)? RPAREN)
    ;

importSpec
    : (DOT | IDENTIFIER)? LITERAL
    ;

topLevelDecl
    : declaration
    | functionDecl
    ;

declaration
    : constDecl
    | typeDecl
    | varDecl
    ;

constDecl
    : CONST (constSpec | LPAREN (constSpec (SEMI constSpec)* SEMI?)? RPAREN)
    ;

// gc accepts a type without values here and lets the checker complain.
constSpec
    : identifierList type_? (ASSIGN expressionList)?
    ;

varDecl
    : VAR (varSpec | LPAREN (varSpec (SEMI varSpec)* SEMI?)? RPAREN)
    ;

varSpec
    : identifierList (type_ (ASSIGN expressionList)? | ASSIGN expressionList)
    ;

typeDecl
    : TYPE (typeSpec | LPAREN (typeSpec (SEMI typeSpec)* SEMI?)? RPAREN)
    ;

// `type T[P C] ...` (generic) or `type T [N]E` (array). `type T[P *C] E` reads both ways; the
// first alternative wins and the builder applies gc's rule (an array unless *C can only be a
// type, as in `[P *[]int]`).
typeSpec
    : IDENTIFIER ASSIGN? type_                      # plainTypeSpec
    | IDENTIFIER typeParameters ASSIGN? type_       # genericTypeSpec
    ;

functionDecl
    : FUNC receiver? IDENTIFIER typeParameters? parameters result? block?
    ;

receiver
    : parameters
    ;

typeParameters
    : LBRACK typeParamDecl (COMMA typeParamDecl)* COMMA? RBRACK
    ;

typeParamDecl
    : identifierList typeElem
    ;

typeElem
    : typeTerm (OR typeTerm)*
    ;

typeTerm
    : TILDE? type_
    ;

// ---------------------------------------------------------------------------------------------
// Types (in type context; in expressions, types are operands)

type_
    : typeName typeArgs?                            # namedType
    | LPAREN type_ RPAREN                           # parenType
    | STAR type_                                    # pointerType
    | FUNC signature                                # funcType
    | ARROW CHAN type_                              # recvChanType
    | typeLiteral                                   # literalType
    ;

// Type literals, which may also appear in expressions.
typeLiteral
    : elemTypeLiteral
    | braceTypeLiteral
    ;

// Type literals ending with a type: in an expression only a conversion's '(' or a composite
// literal's '{' may follow them (in `[]pkg.T.x` or `[]T[0]` the '.' and '[' belong to the type).
elemTypeLiteral
    : LBRACK arrayLength? RBRACK type_               # arrayOrSliceLiteral
    | MAP LBRACK type_ RBRACK type_                  # mapType
    | CHAN ARROW? type_                              # chanType
    ;

// Type literals ending with '}': in an expression they are operands (`struct{ I }.M`).
braceTypeLiteral
    : STRUCT LBRACE (fieldDecl (SEMI fieldDecl)* SEMI?)? RBRACE                 # structType
    | INTERFACE LBRACE (interfaceElem (SEMI interfaceElem)* SEMI?)? RBRACE      # interfaceType
    ;

arrayLength
    : ELLIPSIS
    | expression
    ;

typeName
    : IDENTIFIER (DOT IDENTIFIER)?
    ;

// As gc's typeList: the first argument may be any expression (the checker rejects values).
typeArgs
    : LBRACK expression (COMMA type_)* COMMA? RBRACK
    ;

fieldDecl
    : identifierList type_ LITERAL?                 # namedField
    | STAR? typeName typeArgs? LITERAL?             # embeddedField
    // gc accepts and reports these.
    | LPAREN STAR? typeName RPAREN LITERAL?         # parenEmbeddedField
    | STAR LPAREN typeName RPAREN LITERAL?          # starParenEmbeddedField
    ;

// A method with type parameters is accepted and reported by the builder, as gc does.
interfaceElem
    : IDENTIFIER typeParameters? parameters result? # methodElem
    | typeElem                                      # embeddedElem
    ;

// A signature that ends its rule (function types). Where more follows (function declarations
// and literals, interface methods) `parameters result?` is written out instead: SLL prediction
// of `result?` at the end of a rule considers everything that may follow the rule anywhere,
// and a '(' there (a conversion) would make it read a whole function body ahead.
signature
    : parameters result?
    ;

result
    : parameters
    | type_
    ;

parameters
    : LPAREN (parameterDecl (COMMA parameterDecl)* COMMA?)? RPAREN
    ;

// `a T`, `a ...T`, `...T` or `T`: a lone name is a name or a type, decided by the builder over
// the whole list as gc does.
parameterDecl
    : IDENTIFIER ELLIPSIS? type_                    # namedParameter
    | ELLIPSIS? type_                               # unnamedParameter
    ;

// ---------------------------------------------------------------------------------------------
// Expressions

// The operators' levels, operands and primary expressions are alternatives of two rules only
// (expression and primaryExpr), not a rule each as in the spec: every rule invocation costs a
// parse-tree node or two and a prediction, and a bare name is the most common expression there is.
// Prefix operators come before the binary ones, so they bind tighter (ANTLR gives earlier
// alternatives of a left-recursive rule higher precedence).
//
// A type literal used as a value ([]int in make([]int, n)) or a function type is not a primary
// expression: nothing may follow it but a conversion's arguments (conversionExpr,
// funcConversionExpr) or a composite literal's elements. In gc a '(' right after a function
// type's parameters is its results (`func()(f)` is a type; convert with `(func())(f)`), and a
// '.' or '[' after `[]pkg.T` extends the type. Keeping them out of primaryExpr keeps '(', '.'
// and '[' out of what may follow a type, which would otherwise make SLL prediction read far
// ahead at every qualified name in a type.
expression
    : primaryExpr                                                           # primaryExpression
    | op=(PLUS | MINUS | NOT | XOR | STAR | AMP | ARROW | TILDE) expression  # prefixExpression
    | FUNC signature                                                        # funcTypeExpression
    | elemTypeLiteral                                                       # typeLiteralExpression
    | expression op=(STAR | DIV | MOD | SHL | SHR | AMP | ANDNOT) expression    # binaryExpression
    | expression op=(PLUS | MINUS | OR | XOR) expression                    # binaryExpression
    | expression op=(EQL | NEQ | LSS | LEQ | GTR | GEQ) expression          # binaryExpression
    | expression op=ANDAND expression                                       # binaryExpression
    | expression op=OROR expression                                         # binaryExpression
    ;

// Composite literals, conversions of type literals, then the operands (a function literal is one;
// a function type or type literal alone is an expression alternative), then the suffixes.
primaryExpr
    : complitType literalValue                      # compositeLitExpr
    | elemTypeLiteral arguments                     # conversionExpr
    // gc reads a '(' right after the parameters as the results: `func()(x)` is a type.
    | FUNC parameters result arguments              # funcConversionExpr
    | IDENTIFIER                                    # nameOperand
    | LITERAL                                       # literalOperand
    | LPAREN parenBody RPAREN                       # parenOperand
    | FUNC parameters result? block                 # funcLitOperand
    | braceTypeLiteral                              # braceTypeOperand
    | primaryExpr DOT IDENTIFIER                    # selectorExpr
    | primaryExpr DOT LPAREN TYPE RPAREN            # typeSwitchGuardExpr
    | primaryExpr DOT LPAREN type_ RPAREN           # assertExpr
    | primaryExpr index                             # indexExpr
    | primaryExpr arguments                         # callExpr
    ;

// What may come before the '{' of a composite literal: a name followed by selectors and
// instantiations (T, pkg.T, List[int]), a type literal, or (with gc's complaint) either in
// parentheses. (gc rejects interface and channel types; the builder does.) Listing them,
// rather than allowing `{` after any primary expression, keeps `{` out of what may follow an
// expression. Instantiations take types only, so that an index expression like `a[i+1]` is told
// from a literal's type at its first non-type token.
complitType
    : IDENTIFIER (DOT IDENTIFIER | complitTypeArgs)*    # namedComplitType
    | typeLiteral                                       # literalComplitType
    | LPAREN complitType RPAREN                         # parenComplitType
    ;

complitTypeArgs
    : LBRACK type_ (COMMA type_)* COMMA? RBRACK
    ;

parenBody
    : expression
    ;

// Index, slice or instantiation: x[i], x[i:j:k], f[T1, T2]. The builder sorts them out.
index
    : LBRACK (expression (COMMA expression)* COMMA? sliceTail? | sliceTail) RBRACK
    ;

sliceTail
    : COLON expression? (COLON expression?)?
    ;

arguments
    : LPAREN (expression (COMMA expression)* ELLIPSIS? COMMA?)? RPAREN
    ;

literalValue
    : LBRACE (keyedElement (COMMA keyedElement)* COMMA?)? RBRACE
    ;

keyedElement
    : element (COLON element)?
    ;

element
    : expression
    | literalValue
    ;

expressionList
    : expression (COMMA expression)*
    ;

identifierList
    : IDENTIFIER (COMMA IDENTIFIER)*
    ;

// ---------------------------------------------------------------------------------------------
// Statements

// A semicolon with no statement before it is an empty statement (as in gc). The list is
// inlined here, rather than using statementList, so that a token that cannot continue a
// statement is caught (and skipped) inside the block: errors are then reported per statement.
block
    : LBRACE statement? (SEMI statement?)* RBRACE
    ;

statementList
    : statement? (SEMI statement?)*
    ;

statement
    : declaration                                   # declStatement
    | IDENTIFIER COLON statement?                   # labeledStatement
    | simpleStmt                                    # simpleStatement
    | GO primaryExpr                                # goStatement
    | DEFER primaryExpr                             # deferStatement
    | RETURN expressionList?                        # returnStatement
    | BREAK IDENTIFIER?                             # breakStatement
    | CONTINUE IDENTIFIER?                          # continueStatement
    | GOTO IDENTIFIER                               # gotoStatement
    | FALLTHROUGH                                   # fallthroughStatement
    | block                                         # blockStatement
    | ifStmt                                        # ifStatement
    | SWITCH header LBRACE caseClause* RBRACE       # switchStatement
    | SELECT LBRACE commClause* RBRACE              # selectStatement
    | FOR header block                              # forStatement
    ;

ifStmt
    : IF header thenBlock=block (ELSE (ifStmt | elseBlock=block))?
    ;

// Plain expression statements, assignments (=, :=, op=), x++, x--, sends, and range clauses
// (`range x`, `k, v := range x`; the builder only accepts them in a for header).
simpleStmt
    : expressionList (op=(ASSIGN | DEFINE) (RANGE expression | expressionList) | op=(ASSIGN_OP | ARROW) expression | op=(INC | DEC))?  # exprSimpleStmt
    | RANGE expression                              # rangeSimpleStmt
    ;

// The header of if, for and switch: [init] [; cond [; post]].
header
    : VAR? hSimpleStmt? (SEMI hSimpleStmt? (SEMI hSimpleStmt?)?)?
    ;

// simpleStmt, expressionList, expression and primaryExpr at the top level of a header.
hSimpleStmt
    : hExpressionList (op=(ASSIGN | DEFINE) (RANGE hExpression | hExpressionList) | op=(ASSIGN_OP | ARROW) hExpression | op=(INC | DEC))?  # exprHeaderStmt
    | RANGE hExpression                             # rangeHeaderStmt
    ;

hExpressionList
    : hExpression (COMMA hExpression)*
    ;

hExpression
    : hPrimaryExpr                                                          # hPrimaryExpression
    | op=(PLUS | MINUS | NOT | XOR | STAR | AMP | ARROW | TILDE) hExpression # hPrefixExpression
    | elemTypeLiteral                                                       # hTypeLiteralExpression
    | hExpression op=(STAR | DIV | MOD | SHL | SHR | AMP | ANDNOT) hExpression  # hBinaryExpression
    | hExpression op=(PLUS | MINUS | OR | XOR) hExpression                  # hBinaryExpression
    | hExpression op=(EQL | NEQ | LSS | LEQ | GTR | GEQ) hExpression        # hBinaryExpression
    | hExpression op=ANDAND hExpression                                     # hBinaryExpression
    | hExpression op=OROR hExpression                                       # hBinaryExpression
    ;

// Only a type literal operand may take a composite literal here. `func(...)` is always a
// function literal, as in gc.
hPrimaryExpr
    : typeLiteral literalValue                      # hCompositeLitExpr
    | elemTypeLiteral arguments                     # hConversionExpr
    | IDENTIFIER                                    # hNameOperand
    | LITERAL                                       # hLiteralOperand
    | LPAREN parenBody RPAREN                       # hParenOperand
    | FUNC parameters result? block                 # hFuncLitOperand
    | braceTypeLiteral                              # hBraceTypeOperand
    | hPrimaryExpr DOT IDENTIFIER                   # hSelectorExpr
    | hPrimaryExpr DOT LPAREN TYPE RPAREN           # hTypeSwitchGuardExpr
    | hPrimaryExpr DOT LPAREN type_ RPAREN          # hAssertExpr
    | hPrimaryExpr index                            # hIndexExpr
    | hPrimaryExpr arguments                        # hCallExpr
    ;

caseClause
    : (CASE expressionList | DEFAULT) COLON statementList
    ;

commClause
    : (CASE simpleStmt | DEFAULT) COLON statementList
    ;
