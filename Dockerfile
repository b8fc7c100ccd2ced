# The Chibo image: the jar built by `./mvnw -B package` on the host, on a Java 17 runtime.
# Build:  ./mvnw -B package -DskipTests && docker compose build
FROM eclipse-temurin:17-jre
RUN useradd --system --home-dir /app --shell /usr/sbin/nologin chibo
WORKDIR /app
COPY target/chibo-*-SNAPSHOT.jar /app/chibo.jar
USER chibo
EXPOSE 8080
# The serial collector: less CPU a request than G1 on the small servers Chibo runs on (docs/performance.md).
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+UseSerialGC"
# Inherited by the embedded PostgreSQL when no SPRING_DATASOURCE_URL is set (see docs/performance.md).
ENV GLIBC_TUNABLES="glibc.malloc.trim_threshold=33554432"
ENTRYPOINT ["java", "-jar", "/app/chibo.jar"]
