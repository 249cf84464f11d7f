package dev.casebook.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "casebook.content-dir=src/test/resources/fixtures/content")
class WebConfigurationTests {

	@Autowired
	private WebServerApplicationContext context;

	@Test
	void connectionsWriteThroughA32KilobyteBuffer() {
		TomcatWebServer server = (TomcatWebServer) this.context.getWebServer();
		assertThat(server.getTomcat().getConnector().getProperty("socket.appWriteBufSize")).hasToString("32768");
	}

}
