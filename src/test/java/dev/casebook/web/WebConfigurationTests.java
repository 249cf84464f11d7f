package dev.casebook.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "casebook.content-dir=src/test/resources/fixtures/content")
class WebConfigurationTests {

	@Autowired
	private WebServerApplicationContext context;

	@LocalServerPort
	private int port;

	@Test
	void connectionsWriteThroughA32KilobyteBuffer() {
		TomcatWebServer server = (TomcatWebServer) this.context.getWebServer();
		assertThat(server.getTomcat().getConnector().getProperty("socket.appWriteBufSize")).hasToString("32768");
	}

	@Test
	void pagesReachAGzipClientCompressedOnceWhetherRenderedOrKept() throws IOException, InterruptedException {
		HttpClient client = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/tools/deployer"))
			.header("Accept-Encoding", "gzip, deflate")
			.build();
		for (int i = 0; i < 2; i++) {
			HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().allValues("Content-Encoding")).as("request %d", i).containsExactly("gzip");
			assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(response.body().length);
			try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
				assertThat(Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).select("h1").eachText())
					.containsExactly("Deployer");
			}
		}
	}

}
