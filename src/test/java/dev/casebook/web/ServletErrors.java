package dev.casebook.web;

import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/**
 * While open, keeps what Tomcat logs about exceptions thrown through a servlet instead of printing
 * it, for a test that provokes such failures on purpose to check. Tomcat logs them under
 * {@code ContainerBase.[engine].[host].[context].[servlet]}, the engine named {@code Tomcat-N} once
 * other contexts of the test run have started a server, so this listens on {@code ContainerBase}.
 */
public final class ServletErrors implements AutoCloseable {

	private static final Logger CONTAINER_LOG = (Logger) LoggerFactory.getLogger("org.apache.catalina.core.ContainerBase");

	private final ListAppender<ILoggingEvent> kept = new ListAppender<>();

	private ServletErrors() {
		this.kept.start();
		CONTAINER_LOG.addAppender(this.kept);
		CONTAINER_LOG.setAdditive(false);
	}

	public static ServletErrors capture() {
		return new ServletErrors();
	}

	/** What was logged since {@link #capture()}. */
	public List<ILoggingEvent> logged() {
		return List.copyOf(this.kept.list);
	}

	@Override
	public void close() {
		CONTAINER_LOG.setAdditive(true);
		CONTAINER_LOG.detachAppender(this.kept);
	}

}
