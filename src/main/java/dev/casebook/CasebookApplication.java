package dev.casebook;

import java.util.Arrays;

import dev.casebook.content.ContentLint;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CasebookApplication {

	/** Serves the content; {@code lint [DIR]} checks it instead, without starting a server. */
	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("lint")) {
			System.exit(ContentLint.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
		}
		SpringApplication.run(CasebookApplication.class, args);
	}

}
