// :kusoma-ui for the phone: the screens in src/main/kotlin (org.kusoma.ui), compiled against
// Jetpack Compose (androidx artifacts from the Compose BOM). The Maven build (pom.xml here)
// compiles the same files against JetBrains Compose Multiplatform for desktop to render and check
// every screen headlessly; the sources import only androidx.compose.* APIs that both share.
//
// The render tests in src/test use Compose's desktop test artifacts and run with Maven only
// (`android/render-screens.sh`); Gradle does not build them.
import org.jetbrains.kotlin.gradle.dsl.JvmTarget

plugins {
    alias(libs.plugins.android.library)
    alias(libs.plugins.kotlin.android)
    // The Compose compiler ships with Kotlin since 2.0: same version as Kotlin, no separate pin.
    alias(libs.plugins.kotlin.compose)
}

android {
    namespace = "org.kusoma.ui"
    compileSdk = 35

    defaultConfig {
        minSdk = 23
    }

    buildFeatures {
        compose = true
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
    // KusomaApp and Speaker take the engine and the bindings' records.
    api(project(":kusoma-kotlin"))
    api(platform(libs.androidx.compose.bom))
    api(libs.androidx.compose.runtime)
    api(libs.androidx.compose.ui)
    implementation(libs.androidx.compose.foundation)
    implementation(libs.androidx.compose.material3)
}
