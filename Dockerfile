# Casebook image: built and tested with the Maven wrapper, run on a JRE with the content baked in.
# Editing content/ and rebuilding this image is a redeploy. The build needs the git history
# (.git is part of the context): it dates every entry by its last commit and names the commit.

FROM eclipse-temurin:17-jdk AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends git \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
RUN ./mvnw -B -q dependency:go-offline
COPY .git/ .git/
COPY src/ src/
COPY docs/ docs/
COPY content/ content/
# package runs the unit and slice tests (CI, which gates the release, ran every suite on this
# commit); the jar lints content/ below, so a content error fails the build.
RUN ./mvnw -B package && cp target/casebook-*.jar /src/app.jar \
    && java -jar /src/app.jar lint content
# Each content file keeps the time of the last commit that touched it, so "Last updated" in the
# image is the commit date, not the build date.
RUN git config --global --add safe.directory /src \
    && git ls-files -z content | while IFS= read -r -d '' file; do \
         touch -d "$(git log -1 --format=%cI -- "$file")" "$file"; \
       done

# Java 17 builds the jar; the image runs it on Java 25, whose AOT cache starts it sooner
# (bench/optimisations.md: bundled content ready 7.8-8.1 s, against 9.4-10.1 s on Java 17 with AppCDS).
FROM eclipse-temurin:25-jre
# curl for the health check; a font for the companies' social cards (drawn with Java2D).
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --no-create-home --uid 10001 casebook
WORKDIR /app
COPY --from=build /src/app.jar /app/app.jar
COPY --from=build /src/content/ /app/content/
COPY jvm.options /app/jvm.options
ENV CASEBOOK_CONTENT_DIR=/app/content \
    CASEBOOK_DATA_DIR=/app/data \
    MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED=true
# AOT cache: the jar is extracted, and a training run that stops once the context has refreshed
# (before any content is indexed) caches the classes it loaded and linked, and their profiles.
RUN java -Djarmode=tools -jar app.jar extract --destination extracted \
    && java @/app/jvm.options -XX:AOTCacheOutput=/app/app.aot -Dspring.context.exit=onRefresh \
        -jar /app/extracted/app.jar --server.port=0 \
    && rm app.jar
# The index is built into /app/data once, here: a container on the same content finds it sealed
# for that content and this build, and starts without writing it again. The loop gives up after
# ten minutes, which fails the build.
RUN java @/app/jvm.options -XX:AOTCache=/app/app.aot -jar /app/extracted/app.jar --server.port=8081 & pid=$!; \
    for _ in $(seq 1 600); do \
      curl -fs -o /dev/null http://localhost:8081/actuator/health/readiness && break; sleep 1; \
    done; \
    curl -fsS -o /dev/null http://localhost:8081/actuator/health/readiness || exit 1; \
    kill "$pid"; wait "$pid" || true; \
    test -f /app/data/seal.txt && chown -R casebook /app/data
USER casebook
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --retries=12 \
    CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
# 12 retries of 10 s leave two minutes to index before the container counts as unhealthy.
# The shipped JVM settings (jvm.options); JAVA_OPTS, after them, overrides them (a larger heap for a
# larger corpus: -e JAVA_OPTS=-Xmx2g). Arguments after the image name go to the application.
ENV JAVA_OPTS=""
ENTRYPOINT ["sh", "-c", "exec java @/app/jvm.options $JAVA_OPTS -XX:AOTCache=/app/app.aot -jar /app/extracted/app.jar \"$@\"", "casebook"]
