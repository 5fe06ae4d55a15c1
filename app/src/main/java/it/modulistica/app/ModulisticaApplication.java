package it.modulistica.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ModulisticaApplication {

    public static void main(String[] args) {
        SpringApplication.run(ModulisticaApplication.class, args);
    }
}
