package dev.casebook.model;

import java.util.function.Consumer;

/** Makes a relation present or absent by the one of its two operations that does so. */
final class Presence {

	private Presence() {
	}

	/** Applies {@code add} to {@code target} when {@code present}, else {@code remove}. */
	static <T> void set(boolean present, T target, Consumer<T> add, Consumer<T> remove) {
		(present ? add : remove).accept(target);
	}

}
