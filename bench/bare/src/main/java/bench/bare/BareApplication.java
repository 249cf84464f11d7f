package bench.bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** One controller and nothing else: what any Spring Boot web app pays to start on this machine. */
@SpringBootApplication
@RestController
public class BareApplication {

	@GetMapping("/")
	String home() {
		return "ready";
	}

	public static void main(String[] args) {
		SpringApplication.run(BareApplication.class, args);
	}

}
