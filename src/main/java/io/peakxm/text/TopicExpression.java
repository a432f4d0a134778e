package io.peakxm.text;

import java.util.ArrayList;
import java.util.List;

/** A parsed topic rule expression: a tree of terms under AND, OR and NOT. */
sealed interface TopicExpression {

	boolean matches(Doc doc);

	/** Parses the expression of a rule; errors name the rule and the 1-based position. */
	static TopicExpression parse(String id, String expression) {
		return new Parser(id, expression).parse();
	}

	record Term(TermMatcher matcher) implements TopicExpression {

		@Override
		public boolean matches(Doc doc) {
			return this.matcher.matches(doc, 0, doc.view.length());
		}

	}

	record Not(TopicExpression operand) implements TopicExpression {

		@Override
		public boolean matches(Doc doc) {
			return !this.operand.matches(doc);
		}

	}

	record And(List<TopicExpression> operands) implements TopicExpression {

		@Override
		public boolean matches(Doc doc) {
			for (TopicExpression e : this.operands) {
				if (!e.matches(doc)) {
					return false;
				}
			}
			return true;
		}

	}

	record Or(List<TopicExpression> operands) implements TopicExpression {

		@Override
		public boolean matches(Doc doc) {
			for (TopicExpression e : this.operands) {
				if (e.matches(doc)) {
					return true;
				}
			}
			return false;
		}

	}

	/** A recursive-descent parser over lexed tokens. */
	final class Parser {

		private enum Kind {

			OPEN, CLOSE, AND, OR, NOT, TERM, END

		}

		private record Lexeme(Kind kind, String text, int position) {
		}

		private final String id;

		private final List<Lexeme> lexemes = new ArrayList<>();

		private int next;

		Parser(String id, String expression) {
			this.id = id;
			lex(expression);
		}

		TopicExpression parse() {
			if (this.lexemes.size() == 1) {
				throw error("the expression is empty", 1);
			}
			TopicExpression e = or();
			Lexeme l = peek();
			if (l.kind() == Kind.CLOSE) {
				throw error("')' without a matching '('", l.position());
			}
			if (l.kind() != Kind.END) {
				throw error("unexpected '" + l.text() + "'", l.position());
			}
			return e;
		}

		private TopicExpression or() {
			List<TopicExpression> operands = new ArrayList<>();
			operands.add(and());
			while (peek().kind() == Kind.OR) {
				Lexeme op = this.lexemes.get(this.next++);
				requireOperand(op);
				operands.add(and());
			}
			return (operands.size() == 1) ? operands.get(0) : new Or(List.copyOf(operands));
		}

		private TopicExpression and() {
			List<TopicExpression> operands = new ArrayList<>();
			operands.add(unary());
			while (true) {
				Kind k = peek().kind();
				if (k == Kind.AND) {
					Lexeme op = this.lexemes.get(this.next++);
					requireOperand(op);
					operands.add(unary());
				}
				else if (k == Kind.TERM || k == Kind.OPEN || k == Kind.NOT) {
					operands.add(unary());
				}
				else {
					break;
				}
			}
			return (operands.size() == 1) ? operands.get(0) : new And(List.copyOf(operands));
		}

		private TopicExpression unary() {
			Lexeme l = peek();
			switch (l.kind()) {
				case NOT -> {
					this.next++;
					requireOperand(l);
					return new Not(unary());
				}
				case OPEN -> {
					this.next++;
					if (peek().kind() == Kind.CLOSE) {
						throw error("empty parentheses", l.position());
					}
					TopicExpression inner = or();
					if (peek().kind() != Kind.CLOSE) {
						throw error("'(' is never closed", l.position());
					}
					this.next++;
					return inner;
				}
				case TERM -> {
					this.next++;
					TermMatcher m = TermMatcher.of(l.text());
					if (m == null) {
						throw error("the term '" + l.text() + "' has no letters or characters to match", l.position());
					}
					return new Term(m);
				}
				case CLOSE -> throw error("')' where a term was expected", l.position());
				case END -> throw error("the expression ends where a term was expected", l.position());
				default -> throw error(l.text() + " where a term was expected", l.position());
			}
		}

		private void requireOperand(Lexeme operator) {
			Kind k = peek().kind();
			if (k == Kind.END || k == Kind.CLOSE || k == Kind.AND || k == Kind.OR) {
				throw error(operator.text() + " has nothing after it", operator.position());
			}
		}

		private Lexeme peek() {
			return this.lexemes.get(this.next);
		}

		private void lex(String s) {
			int i = 0;
			while (i < s.length()) {
				char c = s.charAt(i);
				if (Character.isWhitespace(c) || c == '\u3000') {
					i++;
				}
				else if (c == '(' || c == '（') {
					this.lexemes.add(new Lexeme(Kind.OPEN, "(", i + 1));
					i++;
				}
				else if (c == ')' || c == '）') {
					this.lexemes.add(new Lexeme(Kind.CLOSE, ")", i + 1));
					i++;
				}
				else if (c == '"' || c == '“' || c == '”') {
					int end = i + 1;
					while (end < s.length() && s.charAt(end) != '"' && s.charAt(end) != '”' && s.charAt(end) != '“') {
						end++;
					}
					if (end >= s.length()) {
						throw error("the quote is never closed", i + 1);
					}
					String phrase = s.substring(i + 1, end);
					if (phrase.isBlank()) {
						throw error("empty quotes", i + 1);
					}
					this.lexemes.add(new Lexeme(Kind.TERM, phrase, i + 1));
					i = end + 1;
				}
				else {
					int end = i;
					while (end < s.length() && !Character.isWhitespace(s.charAt(end))
							&& "()（）\"“”\u3000".indexOf(s.charAt(end)) < 0) {
						end++;
					}
					String word = s.substring(i, end);
					Kind kind = switch (word.toUpperCase(java.util.Locale.ROOT)) {
						case "AND" -> Kind.AND;
						case "OR" -> Kind.OR;
						case "NOT" -> Kind.NOT;
						default -> Kind.TERM;
					};
					if (kind != Kind.TERM
							&& (this.lexemes.isEmpty() || this.lexemes.get(this.lexemes.size() - 1).kind() == Kind.OPEN)
							&& kind != Kind.NOT) {
						throw error(word + " has nothing before it", i + 1);
					}
					this.lexemes.add(new Lexeme(kind,
							(kind == Kind.TERM) ? word : word.toUpperCase(java.util.Locale.ROOT), i + 1));
					i = end;
				}
			}
			this.lexemes.add(new Lexeme(Kind.END, "", s.length() + 1));
		}

		private IllegalArgumentException error(String problem, int position) {
			return new IllegalArgumentException(
					"topic rule '" + this.id + "': " + problem + " at position " + position);
		}

	}

}
