/*
 * Test-only helper for scripts/test-windows: holds a file open the way an
 * antivirus scan, the search indexer or a PDF viewer may, while Peerlog
 * replaces it.
 *
 *   hold.exe PATH PATTERN MILLISECONDS
 *
 * Opens PATH for reading, sharing reading only (not writing, renaming or
 * deleting), and prints "held". Then it waits for a file matching PATTERN
 * to appear (the temporary file Peerlog writes before it renames it over
 * PATH), prints "saw NAME", keeps holding for MILLISECONDS more, closes
 * PATH and prints "let go". While PATH is held Windows refuses to replace
 * it ("access denied"), so Peerlog's rename meets a held file.
 */
#include <windows.h>
#include <stdio.h>
#include <stdlib.h>

int wmain(int argc, wchar_t **argv)
{
    if (argc != 4) {
        fputs("usage: hold.exe PATH PATTERN MILLISECONDS\n", stderr);
        return 2;
    }
    HANDLE file = CreateFileW(argv[1], GENERIC_READ, FILE_SHARE_READ, NULL,
                              OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
    if (file == INVALID_HANDLE_VALUE) {
        fprintf(stderr, "could not open it: error %lu\n", GetLastError());
        return 1;
    }
    puts("held");
    fflush(stdout);
    int status = 1;
    for (int waited = 0; waited < 60000; waited += 5) {
        WIN32_FIND_DATAW found;
        HANDLE search = FindFirstFileW(argv[2], &found);
        if (search != INVALID_HANDLE_VALUE) {
            FindClose(search);
            printf("saw %ls\n", found.cFileName);
            fflush(stdout);
            Sleep((DWORD)_wtoi(argv[3]));
            status = 0;
            break;
        }
        Sleep(5);
    }
    CloseHandle(file);
    puts(status == 0 ? "let go" : "never saw it");
    return status;
}
