// :app — the Android shell around the Rust core: one Activity that shows the shared screens
// (:kusoma-ui) and supplies what only the phone can do (sound, pictures, the launcher entry,
// the file picker). No learning logic and no learner-visible words here: those come from the
// core through the bindings.
import org.jetbrains.kotlin.gradle.dsl.JvmTarget

plugins {
    alias(libs.plugins.android.application)
    alias(libs.plugins.kotlin.android)
    alias(libs.plugins.kotlin.compose)
}

android {
    namespace = "org.kusoma.app"
    compileSdk = 35

    defaultConfig {
        applicationId = "org.kusoma.app"
        // Android 6.0: packed relocations (APS2) make the native library ~140 KB smaller on
        // every phone, and AndroidX has moved to API 23 (android/README.md, "Versions, and why").
        // The engine's API uses i64 milliseconds, never java.time (API 26).
        minSdk = 23
        targetSdk = 35
        versionCode = 1
        versionName = "0.1.0"

        ndk {
            // Only the ABIs bindings/build-android.sh builds libkusoma_ffi.so for. JNA's AAR
            // also carries x86; without this filter an x86 phone would install the app and then
            // fail to load the core.
            abiFilters += listOf("arm64-v8a", "armeabi-v7a", "x86_64")
        }
    }

    // libkusoma_ffi.so per ABI, written by bindings/build-android.sh (src/main/jniLibs is also
    // AGP's default; named here so the link to the script is plain).
    sourceSets {
        getByName("main") {
            jniLibs.srcDirs("src/main/jniLibs")
        }
    }

    // A release key is used when the build machine names one (in ~/.gradle/gradle.properties,
    // never in this repository); otherwise the release APK is left unsigned, to be signed with
    // apksigner (see README.md).
    val keystore = providers.gradleProperty("kusoma.keystore").orNull
    signingConfigs {
        if (keystore != null) {
            create("release") {
                storeFile = file(keystore)
                storePassword = providers.gradleProperty("kusoma.keystore.password").get()
                keyAlias = providers.gradleProperty("kusoma.key.alias").get()
                keyPassword = providers.gradleProperty("kusoma.key.password").get()
            }
        }
    }

    buildTypes {
        getByName("release") {
            // R8: shrinks Compose and the app to what is used (APK size matters on phones with
            // little storage that receive the app over Bluetooth). The JNA and bindings keep
            // rules come with :kusoma-kotlin (its consumer-rules.pro).
            isMinifyEnabled = true
            isShrinkResources = true
            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro")
            if (keystore != null) signingConfig = signingConfigs.getByName("release")
        }
    }

    buildFeatures {
        compose = true
    }

    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
        // Java 8 concurrent collections on Android 6 (API 23), which lacks parts of them. The shared
        // code no longer calls an API 24 method (Messages uses Collections.newSetFromMap), so
        // this is a guard for any that slips in, in the minimal flavour that adds only these.
        isCoreLibraryDesugaringEnabled = true
    }

    packaging {
        jniLibs {
            // Native libraries stored compressed in the APK and extracted at install: a smaller
            // file to share phone to phone, at the cost of a copy on the phone. (AGP's default
            // for minSdk >= 23 is the opposite, so it is stated here.)
            useLegacyPackaging = true
        }
    }
}

kotlin {
    compilerOptions {
        jvmTarget.set(JvmTarget.JVM_17)
    }
}

dependencies {
    implementation(project(":kusoma-ui"))
    implementation(platform(libs.androidx.compose.bom))
    // The window insets padding around the screens.
    implementation(libs.androidx.compose.foundation)
    // ComponentActivity.setContent, enableEdgeToEdge and the file picker's result contract.
    implementation(libs.androidx.activity.compose)
    coreLibraryDesugaring(libs.desugar.jdk.libs.minimal)
}
