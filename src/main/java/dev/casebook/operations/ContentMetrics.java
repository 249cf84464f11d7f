package dev.casebook.operations;

import java.time.Duration;

import dev.casebook.content.ContentIndexer;
import dev.casebook.core.ContentIndexedEvent;
import dev.casebook.core.IndexReport;
import dev.casebook.core.Kind;
import dev.casebook.core.Problem;
import dev.casebook.core.ReloadFailure;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Content meters, exported by {@code /actuator/prometheus}: {@code casebook_entries_indexed{kind}},
 * {@code casebook_problems{severity}} (gauges of the last run), {@code casebook_reloads_total} and
 * {@code casebook_reload_duration_seconds} (every indexing run, the first full one included), and
 * {@code casebook_reload_failures_total} (reloads that could not be stored).
 */
@Component
class ContentMetrics {

	private final Counter reloads;

	private final Timer duration;

	private final Counter failures;

	ContentMetrics(MeterRegistry registry, ContentIndexer indexer) {
		for (Kind kind : Kind.values()) {
			Gauge.builder("casebook.entries.indexed",
					() -> indexer.lastReport().map((report) -> report.entries().getOrDefault(kind, 0L)).orElse(0L))
				.description("Entries stored by the last indexing run")
				.tag("kind", kind.key())
				.register(registry);
		}
		for (Problem.Severity severity : Problem.Severity.values()) {
			Gauge.builder("casebook.problems", () -> indexer.lastReport().map((report) -> count(report, severity)).orElse(0L))
				.description("Current problems in the content")
				.tag("severity", severity.label())
				.register(registry);
		}
		this.reloads = Counter.builder("casebook.reloads").description("Indexing runs, full and incremental").register(registry);
		this.duration = Timer.builder("casebook.reload.duration").description("How long indexing runs take").register(registry);
		this.failures = Counter.builder("casebook.reload.failures")
			.description("Reloads that failed; the site kept the revision before them")
			.register(registry);
	}

	@EventListener
	void indexed(ContentIndexedEvent event) {
		this.reloads.increment();
		this.duration.record(Duration.ofMillis(event.report().millis()));
	}

	@EventListener
	void failed(ReloadFailure failure) {
		this.failures.increment();
	}

	private static long count(IndexReport report, Problem.Severity severity) {
		return report.problems().stream().filter((problem) -> problem.severity() == severity).count();
	}

}
