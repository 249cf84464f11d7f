package dev.casebook.relation;

import java.util.List;
import java.util.Set;

import dev.casebook.core.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MentionsTests {

	private static final Node CHAOS_MONKEY = tool("chaos-monkey", "Chaos Monkey", "the Monkey");

	private static final Node CHAOS = tool("chaos", "Chaos");

	private static final Node CPP = tool("cpp", "C++");

	private static final Node NET = tool("dotnet", ".NET");

	private static final Node BLUE_GREEN = tool("blue-green", "Blue-green deployment");

	private final Mentions mentions = new Mentions(List.of(CHAOS_MONKEY, CHAOS, CPP, NET, BLUE_GREEN));

	@Test
	void namesAreFoundAsWholeWordsIgnoringCaseInTheOrderOfTheCandidates() {
		assertThat(this.mentions.in("Chaos, then CHAOS MONKEY.")).containsExactly(CHAOS_MONKEY, CHAOS);
		assertThat(this.mentions.in("They let the monkey loose")).containsExactly(CHAOS_MONKEY);
		assertThat(this.mentions.in("blue-green deployment since 2012")).containsExactly(BLUE_GREEN);
	}

	@Test
	void namesInsideLongerWordsOrHyphenatedNamesDoNotCount() {
		assertThat(this.mentions.in("chaotic chaosmonkey anti-chaos chaos-engineering 2chaos")).isEmpty();
		assertThat(this.mentions.in("blue-green deployments")).isEmpty();
	}

	@Test
	void namesWithPunctuationAtEitherEndAreFound() {
		assertThat(this.mentions.in("rewritten in C++ and .NET")).containsExactly(CPP, NET);
		assertThat(this.mentions.in("C++11 and ASP.NET")).isEmpty();
	}

	@Test
	void eachEntryIsNamedOnceHoweverOftenItIsWritten() {
		assertThat(this.mentions.in("The Monkey, chaos monkey, the monkey")).containsExactly(CHAOS_MONKEY, CHAOS);
	}

	private static Node tool(String slug, String title, String... aliases) {
		return new Node(Kind.TOOL, slug, title, "", null, Set.of(), List.of(aliases), null, null);
	}

}
