package dev.casebook;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CasebookApplication {

	public static void main(String[] args) {
		SpringApplication.run(CasebookApplication.class, args);
	}

}
