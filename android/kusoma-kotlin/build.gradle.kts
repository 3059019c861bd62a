// :kusoma-kotlin for the phone: the uniffi-generated bindings (org.kusoma, from
// bindings/generate.sh into target/bindings/kotlin) and the state holders (src/main/kotlin,
// org.kusoma.state), the same sources the Maven build (pom.xml here) compiles and tests on a
// desktop JVM.
//
// An Android library rather than a plain Kotlin/JVM one, for JNA: the bindings reach
// libkusoma_ffi.so through JNA, and on Android JNA must be its AAR (its classes plus
// libjnidispatch.so for each ABI); the plain jar a JVM module would bring has no Android
// natives, so the app would start and then fail with UnsatisfiedLinkError on the first call.
// The desktop JVM tests keep the plain jar through Maven. `api`: the generated code shows JNA
// types (Pointer, Structure) in public signatures.
//
// The JUnit tests in src/test run on the desktop JVM against the host library (Maven:
// `mvn -f android/pom.xml test`); they are not Android unit tests, so Gradle does not build them.
import org.jetbrains.kotlin.gradle.dsl.JvmTarget

plugins {
    alias(libs.plugins.android.library)
    alias(libs.plugins.kotlin.android)
}

android {
    namespace = "org.kusoma.bindings"
    compileSdk = 35

    defaultConfig {
        minSdk = 23
        // Shipped with this library to the app's R8: JNA finds classes, fields and methods by
        // reflection and by name, so R8 must neither remove nor rename them.
        consumerProguardFiles("consumer-rules.pro")
    }

    sourceSets {
        getByName("main") {
            kotlin.srcDirs("src/main/kotlin", rootProject.file("../target/bindings/kotlin"))
        }
    }

    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }
}

kotlin {
    compilerOptions {
        jvmTarget.set(JvmTarget.JVM_17)
    }
}

androidComponents {
    beforeVariants { it.enableUnitTest = false }
}

dependencies {
    api(variantOf(libs.jna) { artifactType("aar") })
}

// Fail early, with the fix, when the generated bindings are missing.
tasks.named("preBuild") {
    val bindings = rootProject.file("../target/bindings/kotlin/org/kusoma/kusoma_ffi.kt")
    doFirst {
        check(bindings.isFile) {
            "$bindings is missing: run bindings/generate.sh (or bindings/build-android.sh) first"
        }
    }
}
