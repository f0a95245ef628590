# The organisation desk's hand-over in person ("Scan from a phone"): loaded
# only by the organisation area (org.html), never by the newcomer app.

# Desk: heading of the part that reads the QR codes shown on a newcomer's phone.
desk-scan-heading = Hand-over in person
# Desk: what to do with the phone.
desk-scan-help = The person presses “Show at the desk” on their phone. First compare the key fingerprint on their phone with yours, then hold the phone in front of the camera.
# Desk button: open the camera and read the codes.
desk-scan-start = Scan from a phone
# Desk button: stop the camera.
desk-scan-stop = Stop the camera
# Desk: the camera is on, no code read yet.
desk-scan-waiting = Looking for codes…
# Desk: progress. $received (number): codes read; $count (number): all codes.
desk-scan-progress = Codes read: { $received } of { $count }
# Desk error: no camera, or the camera was not allowed.
desk-scan-no-camera = No camera could be opened. Allow the camera for this page, or choose photos or screenshots of the codes below.
# Desk: label of the picker for photos or screenshots of the codes.
desk-scan-photos-label = Photos or screenshots of the codes
# Desk error: no QR code in the chosen pictures.
desk-scan-no-code = No code was found in the chosen pictures. Choose sharp pictures that show each whole code.
# Desk error: a QR code that is not from Waymark.
desk-scan-not-ours = This is not a { -brand-name } code. Scan the codes the person shows with “Show at the desk”.
# Desk error: codes made by a newer version.
desk-scan-newer = These codes were made by a newer version of { -brand-name }. Update this site to read them.
# Desk error: a code was read wrongly.
desk-scan-damaged = A code was not read correctly. Keep the phone still; the codes come round again.
# Desk error: a code of another export while one is being read.
desk-scan-other-export = This code belongs to another export. Scan one phone at a time, or press “Scan from a phone” again to start over.
# Desk error: all codes were read but they do not make one file.
desk-scan-mismatch = The codes did not fit together. Reading starts again; keep showing the codes.
# Desk: name in the results for an export read from QR codes.
desk-scanned-name = Scanned codes
