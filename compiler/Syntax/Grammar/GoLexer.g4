// The Go lexer (Go 1.22 specification), for gosharp.
//
// The lexer reads the source's UTF-8 BYTES as its characters (ByteCharStream), so every column
// ANTLR reports is a byte column as gc counts them, and the DFA stays small. Bytes >= 0x80 may
// only appear in identifiers, literals and comments; GoLexerBase decodes and checks them.
//
// Rules here are deliberately a little permissive (numbers, strings, runes): the exact token
// boundaries follow gc's scanner, and GoLexerBase then checks well-formedness and reports gc's
// messages ("invalid digit '8' in octal literal", "newline in string", ...). Semicolon insertion
// is also GoLexerBase's job: the actions of the NEWLINE and comment rules turn them into
// semicolons where the spec says so and drop them otherwise.
lexer grammar GoLexer;

options {
    superClass = Gosharp.Compiler.Syntax.Lexing.GoLexerBase;
}

tokens {
    LITERAL
}

// Keywords.
BREAK       : 'break';
CASE        : 'case';
CHAN        : 'chan';
CONST       : 'const';
CONTINUE    : 'continue';
DEFAULT     : 'default';
DEFER       : 'defer';
ELSE        : 'else';
FALLTHROUGH : 'fallthrough';
FOR         : 'for';
FUNC        : 'func';
GO          : 'go';
GOTO        : 'goto';
IF          : 'if';
IMPORT      : 'import';
INTERFACE   : 'interface';
MAP         : 'map';
PACKAGE     : 'package';
RANGE       : 'range';
RETURN      : 'return';
SELECT      : 'select';
STRUCT      : 'struct';
SWITCH      : 'switch';
TYPE        : 'type';
VAR         : 'var';

// Identifiers: ASCII letters, digits and '_', or any byte of a multi-byte UTF-8 sequence
// (GoLexerBase checks that those decode to letters and digits).
IDENTIFIER : ID_START ID_PART*;

// Literals. All of them are one token type for the parser (gc's _Literal); the builder tells
// the kinds apart by the first character.
HEX_NUMBER     : '0' [xX] HEX_DIGIT_SEP* ('.' HEX_DIGIT_SEP*)? ([pP] [+-]? DEC_DIGIT_SEP*)? 'i'? -> type(LITERAL);
// 0o, 0b: gc scans decimal digits (reporting a digit too large for the base) and the exponent
// (reporting it as an error), so the token boundaries are those of a decimal number.
PREFIXED_NUMBER: '0' [oObB] DEC_DIGIT_SEP* ('.' DEC_DIGIT_SEP*)? ([eEpP] [+-]? DEC_DIGIT_SEP*)? 'i'? -> type(LITERAL);
DECIMAL_NUMBER : [0-9] DEC_DIGIT_SEP* ('.' DEC_DIGIT_SEP*)? ([eEpP] [+-]? DEC_DIGIT_SEP*)? 'i'? -> type(LITERAL);
DOT_NUMBER     : '.' [0-9] DEC_DIGIT_SEP* ([eEpP] [+-]? DEC_DIGIT_SEP*)? 'i'? -> type(LITERAL);
RUNE           : '\'' (~['\\\n] | '\\' ~[\n])* '\'' -> type(LITERAL);
STRING         : '"' (~["\\\n] | '\\' ~[\n])* '"' -> type(LITERAL);
RAW_STRING     : '`' ~'`'* '`' -> type(LITERAL);

// Unterminated literals: longer matches lose to the terminated forms above, so these only win
// when the closing quote is missing. GoLexerBase reports them and passes them on as LITERAL.
UNTERMINATED_RUNE       : '\'' (~['\\\n] | '\\' ~[\n])* '\\'?;
UNTERMINATED_STRING     : '"' (~["\\\n] | '\\' ~[\n])* '\\'?;
UNTERMINATED_RAW_STRING : '`' ~'`'* EOF;

// Operators and punctuation.
LPAREN   : '(';
RPAREN   : ')';
LBRACK   : '[';
RBRACK   : ']';
LBRACE   : '{';
RBRACE   : '}';
COMMA    : ',';
SEMI     : ';';
COLON    : ':';
DOT      : '.';
ELLIPSIS : '...';
ASSIGN   : '=';
DEFINE   : ':=';
ARROW    : '<-';
INC      : '++';
DEC      : '--';
OROR     : '||';
ANDAND   : '&&';
EQL      : '==';
NEQ      : '!=';
LSS      : '<';
LEQ      : '<=';
GTR      : '>';
GEQ      : '>=';
PLUS     : '+';
MINUS    : '-';
OR       : '|';
XOR      : '^';
STAR     : '*';
DIV      : '/';
MOD      : '%';
AMP      : '&';
ANDNOT   : '&^';
SHL      : '<<';
SHR      : '>>';
NOT      : '!';
TILDE    : '~';
// Every op= form is one token type, as gc's _AssignOp; the builder reads the operator from the text.
ASSIGN_OP: '+=' | '-=' | '|=' | '^=' | '*=' | '/=' | '%=' | '&=' | '&^=' | '<<=' | '>>=';

// White space and comments. The actions (GoLexerBase) turn a newline, or a comment spanning
// lines, into a semicolon where the spec says so, read //go: directives, and otherwise drop the
// token without allocating it.
WS                    : [ \t\r]+ -> skip;
NEWLINE               : '\n' { Newline(); };
LINE_COMMENT          : '//' ~[\n]* { LineComment(); };
BLOCK_COMMENT         : '/*' .*? '*/' { BlockComment(false); };
UNTERMINATED_COMMENT  : '/*' (~'*' | '*'+ ~[*/])* '*'* EOF { BlockComment(true); };

// Anything else is an invalid character (reported by GoLexerBase, then dropped).
INVALID : . { InvalidCharacter(); };

fragment ID_START      : [a-zA-Z_\u0080-\u00FF];
fragment ID_PART       : [a-zA-Z_0-9\u0080-\u00FF];
fragment HEX_DIGIT_SEP : [0-9a-fA-F_];
fragment DEC_DIGIT_SEP : [0-9_];
