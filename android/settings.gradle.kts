// The Android build of Kusoma, side by side with the Maven poms in this folder (which build and
// test :kusoma-kotlin and :kusoma-ui on a desktop JVM). Gradle builds the same sources into the
// phone app; see README.md, "Building the Android app".
pluginManagement {
    repositories {
        google()
        mavenCentral()
        gradlePluginPortal()
    }
}

dependencyResolutionManagement {
    // Modules may not add repositories of their own: every artifact comes from these two.
    repositoriesMode.set(RepositoriesMode.FAIL_ON_PROJECT_REPOS)
    repositories {
        google()
        mavenCentral()
    }
}

rootProject.name = "kusoma-android"

include(":kusoma-kotlin", ":kusoma-ui", ":app")
