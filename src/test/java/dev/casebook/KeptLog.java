package dev.casebook;

import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/**
 * While open, keeps what one logger (and those below it) logs instead of printing it, for a test
 * that provokes failures on purpose to check them.
 */
public final class KeptLog implements AutoCloseable {

	/**
	 * Where Tomcat logs exceptions thrown through a servlet: {@code ContainerBase.[engine].[host]...},
	 * the engine named {@code Tomcat-N} once other contexts of the run have started a server.
	 */
	public static final String SERVLET_ERRORS = "org.apache.catalina.core.ContainerBase";

	private final Logger logger;

	private final ListAppender<ILoggingEvent> kept = new ListAppender<>();

	private KeptLog(String name) {
		this.logger = (Logger) LoggerFactory.getLogger(name);
		this.kept.start();
		this.logger.addAppender(this.kept);
		this.logger.setAdditive(false);
	}

	public static KeptLog of(String name) {
		return new KeptLog(name);
	}

	public static KeptLog of(Class<?> type) {
		return new KeptLog(type.getName());
	}

	/** What was logged since it was opened. */
	public List<ILoggingEvent> logged() {
		return List.copyOf(this.kept.list);
	}

	/** The messages logged since it was opened, with their arguments. */
	public List<String> messages() {
		return this.kept.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
	}

	@Override
	public void close() {
		this.logger.setAdditive(true);
		this.logger.detachAppender(this.kept);
	}

}
