<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ComingPage</name>
    <message>
        <source>This page is not in this version yet.</source>
        <translation>This page is not in this version yet.</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>(no log file)</source>
        <translation>(no log file)</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Returns Inspector hit an unexpected error. What you saved is safe.

{summary}

The details are in the log file:
{log}

Please pass this file to your supervisor.</source>
        <translation>Returns Inspector hit an unexpected error. What you saved is safe.

{summary}

The details are in the log file:
{log}

Please pass this file to your supervisor.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Returns Inspector</source>
        <translation>Returns Inspector</translation>
    </message>
    <message>
        <source>Returns
Inspector</source>
        <translation>Returns
Inspector</translation>
    </message>
    <message>
        <source>Find RMA</source>
        <translation>Find RMA</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Hold a return label under the camera or pull the scanner&apos;s trigger to receive a parcel.</source>
        <translation>Hold a return label under the camera or pull the scanner&apos;s trigger to receive a parcel.</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Inspect</translation>
    </message>
    <message>
        <source>Grade each unit with a guided checklist and print its bin tag.</source>
        <translation>Grade each unit with a guided checklist and print its bin tag.</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>The daily disposition log, the backlog and the returns analytics.</source>
        <translation>The daily disposition log, the backlog and the returns analytics.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>No one signed in</source>
        <translation>No one signed in</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>Database: {where}</translation>
    </message>
    <message>
        <source>Station: {name}</source>
        <translation>Station: {name}</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>The database is busy. Wait a moment and try again.</source>
        <translation>The database is busy. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>The database was set up by a newer version of Returns Inspector. Update this station before using it.</source>
        <translation>The database was set up by a newer version of Returns Inspector. Update this station before using it.</translation>
    </message>
    <message>
        <source>The database cannot be reached: {detail}</source>
        <translation>The database cannot be reached: {detail}</translation>
    </message>
    <message>
        <source>Unexpected error: {detail}</source>
        <translation>Unexpected error: {detail}</translation>
    </message>
</context>
<context>
    <name>RmaDetail</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Customer&apos;s comment</source>
        <translation>Customer&apos;s comment</translation>
    </message>
    <message>
        <source>Search for an RMA to see it here.</source>
        <translation>Search for an RMA to see it here.</translation>
    </message>
    <message>
        <source>Inside return window</source>
        <translation>Inside return window</translation>
    </message>
    <message>
        <source>Outside return window</source>
        <translation>Outside return window</translation>
    </message>
    <message>
        <source>Order {order} ({channel})</source>
        <translation>Order {order} ({channel})</translation>
    </message>
    <message>
        <source>Opened {date}</source>
        <translation>Opened {date}</translation>
    </message>
    <message>
        <source>Return by {date}</source>
        <translation>Return by {date}</translation>
    </message>
    <message>
        <source>Customer {id}, {place}</source>
        <translation>Customer {id}, {place}</translation>
    </message>
    <message>
        <source>Tracking: {numbers}</source>
        <translation>Tracking: {numbers}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>RMA, order or tracking number</source>
        <translation>RMA, order or tracking number</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>order {order}</source>
        <translation>order {order}</translation>
    </message>
    <message numerus="yes">
        <source>%n RMA(s) found</source>
        <translation>
            <numerusform>%n RMA found</numerusform>
            <numerusform>%n RMAs found</numerusform>
        </translation>
    </message>
    <message>
        <source>No RMA matches “{text}”.</source>
        <translation>No RMA matches “{text}”.</translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>The search failed.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Follow this computer</source>
        <translation>Follow this computer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>Station name</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Station settings</source>
        <translation>Station settings</translation>
    </message>
    <message>
        <source>Give the station a name.</source>
        <translation>Give the station a name.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Not saved: {reason}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>The new language shows after the app is restarted.</source>
        <translation>The new language shows after the app is restarted.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Station settings</source>
        <translation>Station settings</translation>
    </message>
    <message>
        <source>Returns Inspector cannot start</source>
        <translation>Returns Inspector cannot start</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>Defective</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Not as described</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Size too large</source>
        <translation>Size too large</translation>
    </message>
    <message>
        <source>Size too small</source>
        <translation>Size too small</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Unwanted</source>
        <translation>Unwanted</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Wrong item</translation>
    </message>
    <message>
        <source>Awaiting parcel</source>
        <translation>Awaiting parcel</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Electronics</source>
        <translation>Electronics</translation>
    </message>
    <message>
        <source>Apparel</source>
        <translation>Apparel</translation>
    </message>
    <message>
        <source>Footwear</source>
        <translation>Footwear</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Web shop</source>
        <translation>Web shop</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
</context>
</TS>
