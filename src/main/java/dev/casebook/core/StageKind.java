package dev.casebook.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of delivery-pipeline stage, in the order a change goes through them. */
public enum StageKind {

	BUILD("Build"), TEST("Test"), PACKAGE("Package"), STAGE("Stage"), RELEASE("Release"), VERIFY("Verify");

	private final String label;

	StageKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The name used in front matter ({@code kind: release}). */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<StageKind> ofKey(String key) {
		return Arrays.stream(values()).filter((kind) -> kind.key().equals(key)).findFirst();
	}

}
