/*
 * Test-only stand-in for Windows' bcryptprimitives.dll, for running Peerlog
 * under wine 8, which lacks it. Rust's standard library takes every random
 * byte (HashMap keys, getrandom, and so Peerlog's keys) from ProcessPrng in
 * this DLL; real Windows 10 and later has it. Here it forwards to
 * RtlGenRandom (advapi32's SystemFunction036), which wine implements.
 *
 * Built by scripts/test-windows into the wine test folder only. It is never
 * shipped: a Windows build of Peerlog uses the system's own DLL.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    /* RtlGenRandom takes a 32-bit length; ProcessPrng a pointer-sized one. */
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}

BOOL WINAPI DllMain(HINSTANCE instance, DWORD reason, LPVOID reserved)
{
    (void)instance;
    (void)reason;
    (void)reserved;
    return TRUE;
}
