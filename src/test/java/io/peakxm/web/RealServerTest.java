package io.peakxm.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application on a real port (Tomcat, not MockMvc) for what only the server does:
 * reading chunked bodies, forwarded headers, secure cookies. A proxy at 127.0.0.2 is
 * trusted; three anonymous requests a minute per client address; uploads up to 2 MB. Test
 * classes with this annotation share one running server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "peakxm.http.trusted-proxies=127.0.0.2", "peakxm.http.anonymous-requests-per-minute=3",
				"spring.servlet.multipart.max-file-size=2MB", "spring.servlet.multipart.max-request-size=2MB" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@interface RealServerTest {

}
