package dev.casebook;

import java.util.Arrays;

import dev.casebook.content.ContentLint;
import dev.casebook.content.ContentScaffold;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CasebookApplication {

	/**
	 * Serves the content; {@code lint [DIR]} checks it and {@code new KIND "Title"} writes a new
	 * entry instead, without starting a server.
	 */
	public static void main(String[] args) {
		String command = (args.length > 0) ? args[0] : "";
		String[] rest = (args.length > 0) ? Arrays.copyOfRange(args, 1, args.length) : args;
		switch (command) {
			case "lint" -> System.exit(ContentLint.run(rest, System.out, System.err));
			case "new" -> System.exit(ContentScaffold.run(rest, System.out, System.err));
			default -> SpringApplication.run(CasebookApplication.class, args);
		}
	}

}
