# Shared by the text benchmarks (source it): compiles the project's main and test classes offline when needed and
# sets TEXT_CP to target/classes, target/test-classes and the project's dependency jars.
mkdir -p target
if [ ! -f target/classes/io/peakxm/text/TextAnalyzer.class ] || [ -n "${TEXT_RECOMPILE:-}" ] \
    || [ -n "$(find src/main/java/io/peakxm/text src/main/resources/io/peakxm/text src/test/java/io/peakxm/text -newer target/classes/io/peakxm/text/TextAnalyzer.class -print -quit 2>/dev/null)" ]; then
  ./mvnw -B -q -o test-compile -Dspring-javaformat.skip || ./mvnw -B -q test-compile -Dspring-javaformat.skip
fi
if [ ! -s target/text-classpath.txt ] || [ pom.xml -nt target/text-classpath.txt ]; then
  ./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=target/text-classpath.txt -Dmdep.includeScope=test >/dev/null \
    || ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/text-classpath.txt -Dmdep.includeScope=test >/dev/null
fi
TEXT_CP="target/classes:target/test-classes:$(cat target/text-classpath.txt)"
