package dev.casebook;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A slow test class: a real browser, a hostile content folder written at test time, the XSS corpus in
 * every construct, hundreds of generated inputs, or a watched folder changed under a running app. Surefire leaves these out of {@code ./mvnw test};
 * Failsafe runs them in the integration-test phase of {@code ./mvnw verify} (see pom.xml).
 * Inherited, so a base class can carry it for its subclasses.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag("slow")
public @interface SlowSuite {

}
