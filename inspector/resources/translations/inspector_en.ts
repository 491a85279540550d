<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Analytics</name>
    <message>
        <source>Return rate by category</source>
        <translation>Return rate by category</translation>
    </message>
    <message>
        <source>Products returned more than the average</source>
        <translation>Products returned more than the average</translation>
    </message>
    <message>
        <source>Units by disposition</source>
        <translation>Units by disposition</translation>
    </message>
    <message>
        <source>Return reasons</source>
        <translation>Return reasons</translation>
    </message>
    <message>
        <source>Reason against condition</source>
        <translation>Reason against condition</translation>
    </message>
    <message>
        <source>Days from delivery to return</source>
        <translation>Days from delivery to return</translation>
    </message>
    <message>
        <source>Cost of returns (net by disposition)</source>
        <translation>Cost of returns (net by disposition)</translation>
    </message>
    <message>
        <source>Customers by return behaviour</source>
        <translation>Customers by return behaviour</translation>
    </message>
    <message>
        <source>Returns by customer region</source>
        <translation>Returns by customer region</translation>
    </message>
    <message>
        <source>Returns by sales channel</source>
        <translation>Returns by sales channel</translation>
    </message>
    <message>
        <source>RMAs per week</source>
        <translation>RMAs per week</translation>
    </message>
    <message>
        <source>Words in customer comments</source>
        <translation>Words in customer comments</translation>
    </message>
    <message>
        <source>Policy exceptions: verdicts overridden, per week and rule</source>
        <translation>Policy exceptions: verdicts overridden, per week and rule</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>Units sold</translation>
    </message>
    <message>
        <source>Units returned</source>
        <translation>Units returned</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>Return rate</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Top reasons</source>
        <translation>Top reasons</translation>
    </message>
    <message>
        <source>Top flags</source>
        <translation>Top flags</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Units graded</source>
        <translation>Units graded</translation>
    </message>
    <message>
        <source>Condition says otherwise</source>
        <translation>Condition says otherwise</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>RMAs</source>
        <translation>RMAs</translation>
    </message>
    <message>
        <source>Minutes at the bench (avg)</source>
        <translation>Minutes at the bench (avg)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Value recovered</source>
        <translation>Value recovered</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Share of RMAs</source>
        <translation>Share of RMAs</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Same week a year before</source>
        <translation>Same week a year before</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>all categories: {rate}</source>
        <translation>all categories: {rate}</translation>
    </message>
    <message>
        <source>per unit: return shipping {shipping}, a bench hour {hour}, refurbishing {refurbish}, disposal {disposal}</source>
        <translation>per unit: return shipping {shipping}, a bench hour {hour}, refurbishing {refurbish}, disposal {disposal}</translation>
    </message>
    <message>
        <source>products with at least 5 units sold</source>
        <translation>products with at least 5 units sold</translation>
    </message>
    <message>
        <source>units flagged as not matching their reason: a defect claimed on a like-new unit, say</source>
        <translation>units flagged as not matching their reason: a defect claimed on a like-new unit, say</translation>
    </message>
    <message>
        <source>each RMA by how many RMAs its customer had made up to it</source>
        <translation>each RMA by how many RMAs its customer had made up to it</translation>
    </message>
    <message>
        <source>the seasonal pattern: this year&apos;s weeks beside last year&apos;s</source>
        <translation>the seasonal pattern: this year&apos;s weeks beside last year&apos;s</translation>
    </message>
    <message>
        <source>first return</source>
        <translation>first return</translation>
    </message>
    <message>
        <source>2nd or 3rd return</source>
        <translation>2nd or 3rd return</translation>
    </message>
    <message>
        <source>4th return or later</source>
        <translation>4th return or later</translation>
    </message>
</context>
<context>
    <name>AnalyticsView</name>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>Could not save {file}.</source>
        <translation>Could not save {file}.</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Saved {file}</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <source>Save PNG</source>
        <translation>Save PNG</translation>
    </message>
    <message>
        <source>Save CSV</source>
        <translation>Save CSV</translation>
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
    <name>DecisionView</name>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Override</translation>
    </message>
    <message>
        <source>Send it to:</source>
        <translation>Send it to:</translation>
    </message>
    <message>
        <source>Damage the checklist missed</source>
        <translation>Damage the checklist missed</translation>
    </message>
    <message>
        <source>Better than the checklist says</source>
        <translation>Better than the checklist says</translation>
    </message>
    <message>
        <source>Customer service asked for it</source>
        <translation>Customer service asked for it</translation>
    </message>
    <message>
        <source>Why? (required)</source>
        <translation>Why? (required)</translation>
    </message>
    <message>
        <source>Commit override</source>
        <translation>Commit override</translation>
    </message>
    <message>
        <source>{disposition} · grade {grade}</source>
        <translation>{disposition} · grade {grade}</translation>
    </message>
    <message>
        <source>Rule: {name}</source>
        <translation>Rule: {name}</translation>
    </message>
</context>
<context>
    <name>DemoSplash</name>
    <message>
        <source>Returns Inspector</source>
        <translation>Returns Inspector</translation>
    </message>
    <message>
        <source>Building the demo warehouse (first start only)…</source>
        <translation>Building the demo warehouse (first start only)…</translation>
    </message>
    <message>
        <source>Making the catalogue and the customers…</source>
        <translation>Making the catalogue and the customers…</translation>
    </message>
    <message>
        <source>Placing orders and returns: {done} of {total} RMAs</source>
        <translation>Placing orders and returns: {done} of {total} RMAs</translation>
    </message>
    <message>
        <source>Sealing the audit trail…</source>
        <translation>Sealing the audit trail…</translation>
    </message>
</context>
<context>
    <name>InspectPage</name>
    <message>
        <source>Scan the RMA or parcel label, or type its number</source>
        <translation>Scan the RMA or parcel label, or type its number</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Inspect</translation>
    </message>
    <message>
        <source>Open a received parcel to grade its units one by one.</source>
        <translation>Open a received parcel to grade its units one by one.</translation>
    </message>
    <message>
        <source>Choose a picture of the unit</source>
        <translation>Choose a picture of the unit</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp *.webp *.tif *.tiff)</source>
        <translation>Pictures (*.jpg *.jpeg *.png *.bmp *.webp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Saved on this station, will be written when the database is back. The decision waits for the database.</source>
        <translation>Saved on this station, will be written when the database is back. The decision waits for the database.</translation>
    </message>
    <message>
        <source>Saved on this station, will be written when the database is back. Go on with the next question.</source>
        <translation>Saved on this station, will be written when the database is back. Go on with the next question.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) saved on this station could not be written: the unit was decided or taken over meanwhile. Check the unit.</source>
        <translation>
            <numerusform>%n answer saved on this station could not be written: the unit was decided or taken over meanwhile. Check the unit.</numerusform>
            <numerusform>%n answers saved on this station could not be written: the unit was decided or taken over meanwhile. Check the unit.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answers saved on this station are written. You may decide.</source>
        <translation>The answers saved on this station are written. You may decide.</translation>
    </message>
    <message>
        <source>{rma} is complete: every unit is accounted for.</source>
        <translation>{rma} is complete: every unit is accounted for.</translation>
    </message>
    <message>
        <source>Unit {unit} committed.</source>
        <translation>Unit {unit} committed.</translation>
    </message>
    <message>
        <source>No printer is set: write the bin on the unit.</source>
        <translation>No printer is set: write the bin on the unit.</translation>
    </message>
    <message>
        <source>The RMA is complete.</source>
        <translation>The RMA is complete.</translation>
    </message>
    <message>
        <source>No tag printer is set for this station.</source>
        <translation>No tag printer is set for this station.</translation>
    </message>
    <message>
        <source>Tag printer: waiting for its first answer</source>
        <translation>Tag printer: waiting for its first answer</translation>
    </message>
    <message numerus="yes">
        <source>Tag printer: {state} · %n tag(s) waiting</source>
        <translation>
            <numerusform>Tag printer: {state} · %n tag waiting</numerusform>
            <numerusform>Tag printer: {state} · %n tags waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>a tag stopped mid-way: reprint it if it is missing</source>
        <translation>a tag stopped mid-way: reprint it if it is missing</translation>
    </message>
    <message numerus="yes">
        <source>%n more wait for an old printer address: send them from Settings</source>
        <translation>
            <numerusform>%n more waits for an old printer address: send it from Settings</numerusform>
            <numerusform>%n more wait for an old printer address: send them from Settings</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish this unit first: answer the question on screen.</source>
        <translation>Finish this unit first: answer the question on screen.</translation>
    </message>
    <message>
        <source>Resuming unit {unit} where it was left.</source>
        <translation>Resuming unit {unit} where it was left.</translation>
    </message>
</context>
<context>
    <name>ItemCheckView</name>
    <message>
        <source>Item barcode or serial</source>
        <translation>Item barcode or serial</translation>
    </message>
    <message>
        <source>Item matches (checked by eye)</source>
        <translation>Item matches (checked by eye)</translation>
    </message>
    <message>
        <source>Continue with this item</source>
        <translation>Continue with this item</translation>
    </message>
    <message>
        <source>Not the expected item. Scan what was found, or continue with it.</source>
        <translation>Not the expected item. Scan what was found, or continue with it.</translation>
    </message>
    <message>
        <source>Scan the item&apos;s barcode (UPC/EAN) or serial number.</source>
        <translation>Scan the item&apos;s barcode (UPC/EAN) or serial number.</translation>
    </message>
    <message>
        <source>Wrong item: this is not what the customer bought.</source>
        <translation>Wrong item: this is not what the customer bought.</translation>
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
        <source>Inspect</source>
        <translation>Inspect</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operators</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) wait for the database</source>
        <translation>
            <numerusform>%n scan waits for the database</numerusform>
            <numerusform>%n scans wait for the database</numerusform>
        </translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
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
        <source>Signed in: {name} ({roles})</source>
        <translation>Signed in: {name} ({roles})</translation>
    </message>
    <message numerus="yes">
        <source>Signed out after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Signed out after %n minute without activity.</numerusform>
            <numerusform>Signed out after %n minutes without activity.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in first: tap your name or scan your badge.</source>
        <translation>Sign in first: tap your name or scan your badge.</translation>
    </message>
    <message>
        <source>Station: {name}</source>
        <translation>Station: {name}</translation>
    </message>
</context>
<context>
    <name>OperatorsPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Name as people know it</source>
        <translation>Name as people know it</translation>
    </message>
    <message>
        <source>login, e.g. dana</source>
        <translation>login, e.g. dana</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4 to 8 digits</translation>
    </message>
    <message>
        <source>type or scan into this box</source>
        <translation>type or scan into this box</translation>
    </message>
    <message>
        <source>Add operator</source>
        <translation>Add operator</translation>
    </message>
    <message>
        <source>Set this PIN for the chosen operator</source>
        <translation>Set this PIN for the chosen operator</translation>
    </message>
    <message>
        <source>Set this badge for the chosen operator</source>
        <translation>Set this badge for the chosen operator</translation>
    </message>
    <message>
        <source>Disable the chosen operator</source>
        <translation>Disable the chosen operator</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operators</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>locked until {time}</source>
        <translation>locked until {time}</translation>
    </message>
    <message>
        <source>Tap an operator in the list first.</source>
        <translation>Tap an operator in the list first.</translation>
    </message>
    <message>
        <source>{name} added.</source>
        <translation>{name} added.</translation>
    </message>
    <message>
        <source>New PIN set for {login}; they are unlocked.</source>
        <translation>New PIN set for {login}; they are unlocked.</translation>
    </message>
    <message>
        <source>Badge registered for {login}.</source>
        <translation>Badge registered for {login}.</translation>
    </message>
    <message>
        <source>{login} can no longer sign in.</source>
        <translation>{login} can no longer sign in.</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <source>Write the dates like 2026-11-26.</source>
        <translation>Write the dates like 2026-11-26.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Back to names</source>
        <translation>Back to names</translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation>Enter your PIN</translation>
    </message>
</context>
<context>
    <name>PolicyBox</name>
    <message>
        <source>Return policy</source>
        <translation>Return policy</translation>
    </message>
    <message>
        <source>Requested returns: the policy approves and declines them by itself (auto)</source>
        <translation>Requested returns: the policy approves and declines them by itself (auto)</translation>
    </message>
    <message>
        <source>Read the policy again</source>
        <translation>Read the policy again</translation>
    </message>
    <message numerus="yes">
        <source>In force: {name} {version}, %n rule(s)</source>
        <translation>
            <numerusform>In force: {name} {version}, %n rule</numerusform>
            <numerusform>In force: {name} {version}, %n rules</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}
SHA-256 {hash}</source>
        <translation>{path}
SHA-256 {hash}</translation>
    </message>
    <message>
        <source>{file} was refused; the last good policy stays in force:</source>
        <translation>{file} was refused; the last good policy stays in force:</translation>
    </message>
    <message>
        <source>The policy now decides requested returns; REVIEW waits for a person.</source>
        <translation>The policy now decides requested returns; REVIEW waits for a person.</translation>
    </message>
    <message>
        <source>Requested returns wait for a supervisor.</source>
        <translation>Requested returns wait for a supervisor.</translation>
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
        <source>The database cannot be reached. Nothing was saved: check the network and the database server, then try again.</source>
        <translation>The database cannot be reached. Nothing was saved: check the network and the database server, then try again.</translation>
    </message>
    <message>
        <source>The database cannot be reached: {detail}</source>
        <translation>The database cannot be reached: {detail}</translation>
    </message>
    <message>
        <source>Sign in to {what}.</source>
        <translation>Sign in to {what}.</translation>
    </message>
    <message>
        <source>{name} may not {what}: that needs the {role} role.</source>
        <translation>{name} may not {what}: that needs the {role} role.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN, %n tries left.</source>
        <translation>
            <numerusform>Wrong PIN, %n try left.</numerusform>
            <numerusform>Wrong PIN, %n tries left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs: locked until {time}. Scan your badge or ask a supervisor.</source>
        <translation>Too many wrong PINs: locked until {time}. Scan your badge or ask a supervisor.</translation>
    </message>
    <message>
        <source>Sign-in refused: {detail}</source>
        <translation>Sign-in refused: {detail}</translation>
    </message>
    <message>
        <source>{uri} answers, but it is not an ESC/POS printer (another service is at that address or port). Check the printer&apos;s address and port.</source>
        <translation>{uri} answers, but it is not an ESC/POS printer (another service is at that address or port). Check the printer&apos;s address and port.</translation>
    </message>
    <message>
        <source>The printer at {uri} cannot print now: {state}.</source>
        <translation>The printer at {uri} cannot print now: {state}.</translation>
    </message>
    <message>
        <source>Unexpected error: {detail}</source>
        <translation>Unexpected error: {detail}</translation>
    </message>
    <message>
        <source>Check character wrong: scan again or retype. Nothing was recorded.</source>
        <translation>Check character wrong: scan again or retype. Nothing was recorded.</translation>
    </message>
    <message>
        <source>Too long for a label ({length} characters): scan the return label. Nothing was recorded.</source>
        <translation>Too long for a label ({length} characters): scan the return label. Nothing was recorded.</translation>
    </message>
    <message>
        <source>The scan holds characters no label has (a misread): scan again. Nothing was recorded.</source>
        <translation>The scan holds characters no label has (a misread): scan again. Nothing was recorded.</translation>
    </message>
    <message>
        <source>This cannot be a parcel&apos;s label: no RMA, tracking or order number is in it. Scan the return label. Nothing was recorded.</source>
        <translation>This cannot be a parcel&apos;s label: no RMA, tracking or order number is in it. Scan the return label. Nothing was recorded.</translation>
    </message>
    <message>
        <source>that folder cannot hold files</source>
        <translation>that folder cannot hold files</translation>
    </message>
    <message>
        <source>this station may not write there</source>
        <translation>this station may not write there</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>a file of that name is in the way</source>
        <translation>a file of that name is in the way</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>out of paper</source>
        <translation>out of paper</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>cover open</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>not reachable</translation>
    </message>
    <message>
        <source>not answering</source>
        <translation>not answering</translation>
    </message>
    <message>
        <source>not an ESC/POS printer: check the address and port</source>
        <translation>not an ESC/POS printer: check the address and port</translation>
    </message>
</context>
<context>
    <name>PutAwayView</name>
    <message>
        <source>Put the unit in this bin, then scan the bin&apos;s label.</source>
        <translation>Put the unit in this bin, then scan the bin&apos;s label.</translation>
    </message>
    <message>
        <source>Bin label</source>
        <translation>Bin label</translation>
    </message>
    <message>
        <source>Don&apos;t print this tag</source>
        <translation>Don&apos;t print this tag</translation>
    </message>
    <message>
        <source>Back to the parcel</source>
        <translation>Back to the parcel</translation>
    </message>
    <message>
        <source>{disposition} → bin {bin}</source>
        <translation>{disposition} → bin {bin}</translation>
    </message>
    <message>
        <source>Wrong bin: {scanned}</source>
        <translation>Wrong bin: {scanned}</translation>
    </message>
    <message>
        <source>Put it in {bin}</source>
        <translation>Put it in {bin}</translation>
    </message>
    <message>
        <source>Take the unit out of {scanned}, put it in {bin}, then scan that bin&apos;s label.</source>
        <translation>Take the unit out of {scanned}, put it in {bin}, then scan that bin&apos;s label.</translation>
    </message>
    <message>
        <source>Unit {unit} is in bin {bin}.</source>
        <translation>Unit {unit} is in bin {bin}.</translation>
    </message>
    <message>
        <source>The tag will not be printed.</source>
        <translation>The tag will not be printed.</translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Tap each one that is there, then Next.</source>
        <translation>Tap each one that is there, then Next.</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Take photo</translation>
    </message>
    <message>
        <source>Choose a picture file</source>
        <translation>Choose a picture file</translation>
    </message>
    <message>
        <source>No camera: skip photo</source>
        <translation>No camera: skip photo</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) taken.</source>
        <translation>
            <numerusform>%n photo taken.</numerusform>
            <numerusform>%n photos taken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplayedList</name>
    <message>
        <source>Received: {rma}</source>
        <translation>Received: {rma}</translation>
    </message>
    <message>
        <source>Received: {rma}, but OUTSIDE the return window</source>
        <translation>Received: {rma}, but OUTSIDE the return window</translation>
    </message>
    <message>
        <source>Already received: {rma}. Nothing was counted twice.</source>
        <translation>Already received: {rma}. Nothing was counted twice.</translation>
    </message>
    <message>
        <source>Not returnable: {rma} is closed or cancelled. Set the parcel aside for a supervisor.</source>
        <translation>Not returnable: {rma} is closed or cancelled. Set the parcel aside for a supervisor.</translation>
    </message>
    <message>
        <source>Unknown parcel: put it in quarantine and write {id} on it.</source>
        <translation>Unknown parcel: put it in quarantine and write {id} on it.</translation>
    </message>
    <message>
        <source>Several RMAs match: scan it again and tap the right one.</source>
        <translation>Several RMAs match: scan it again and tap the right one.</translation>
    </message>
    <message>
        <source>Not received: {reason}</source>
        <translation>Not received: {reason}</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Asked</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <source>Open the order</source>
        <translation>Open the order</translation>
    </message>
    <message>
        <source>Note for the customer (declines)</source>
        <translation>Note for the customer (declines)</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting</source>
        <translation>
            <numerusform>%n request waiting</numerusform>
            <numerusform>%n requests waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for a person to look at</source>
        <translation>
            <numerusform>%n for a person to look at</numerusform>
            <numerusform>%n for a person to look at</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer on the order</source>
        <translation>No customer on the order</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier return(s)</source>
        <translation>
            <numerusform>%n earlier return</numerusform>
            <numerusform>%n earlier returns</numerusform>
        </translation>
    </message>
    <message>
        <source>items returned: {returned} of {bought} bought</source>
        <translation>items returned: {returned} of {bought} bought</translation>
    </message>
    <message>
        <source>Say why it is declined: the customer reads the note.</source>
        <translation>Say why it is declined: the customer reads the note.</translation>
    </message>
    <message>
        <source>{name} approved; the shop is told.</source>
        <translation>{name} approved; the shop is told.</translation>
    </message>
    <message>
        <source>{name} declined; the shop is told.</source>
        <translation>{name} declined; the shop is told.</translation>
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
        <source>Return policy</source>
        <translation>Return policy</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
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
        <source>Inside return window, parcel awaited</source>
        <translation>Inside return window, parcel awaited</translation>
    </message>
    <message>
        <source>Asked for after the return window</source>
        <translation>Asked for after the return window</translation>
    </message>
    <message>
        <source>Parcel arrived late</source>
        <translation>Parcel arrived late</translation>
    </message>
    <message>
        <source>Parcel overdue</source>
        <translation>Parcel overdue</translation>
    </message>
    <message>
        <source>Request by {date}</source>
        <translation>Request by {date}</translation>
    </message>
    <message>
        <source>Arrive by {date}</source>
        <translation>Arrive by {date}</translation>
    </message>
    <message>
        <source>Arrived {date}</source>
        <translation>Arrived {date}</translation>
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
    <message>
        <source>Policy: {verdict}</source>
        <translation>Policy: {verdict}</translation>
    </message>
    <message>
        <source>Confirm: {condition}</source>
        <translation>Confirm: {condition}</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>the system</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Nothing recorded yet.</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <source>Scan a return label, or type its number</source>
        <translation>Scan a return label, or type its number</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Receive</translation>
    </message>
    <message>
        <source>Ready: scan a return label.</source>
        <translation>Ready: scan a return label.</translation>
    </message>
    <message>
        <source>Written after the outage: do what each line says</source>
        <translation>Written after the outage: do what each line says</translation>
    </message>
    <message>
        <source>No barcode in this photo names a parcel: hold the label under the camera, or type its number.</source>
        <translation>No barcode in this photo names a parcel: hold the label under the camera, or type its number.</translation>
    </message>
    <message>
        <source>Camera on: hold the label under it.</source>
        <translation>Camera on: hold the label under it.</translation>
    </message>
    <message>
        <source>No camera: check its cable. Looking for it again…</source>
        <translation>No camera: check its cable. Looking for it again…</translation>
    </message>
    <message>
        <source>The recorded video has ended.</source>
        <translation>The recorded video has ended.</translation>
    </message>
    <message>
        <source>No camera set up: use the scanner or type the number.</source>
        <translation>No camera set up: use the scanner or type the number.</translation>
    </message>
    <message>
        <source>no picture</source>
        <translation>no picture</translation>
    </message>
    <message numerus="yes">
        <source>The database is back: %n scan(s) kept on this station are written. Do what each line below says.</source>
        <translation>
            <numerusform>The database is back: %n scan kept on this station is written. Do what each line below says.</numerusform>
            <numerusform>The database is back: %n scans kept on this station are written. Do what each line below says.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded offline, %n waiting. The database cannot be reached: this scan is kept on this station and written when it is back. Put the parcel with the others scanned offline.</source>
        <translation>
            <numerusform>Recorded offline, %n waiting. The database cannot be reached: this scan is kept on this station and written when it is back. Put the parcel with the others scanned offline.</numerusform>
            <numerusform>Recorded offline, %n waiting. The database cannot be reached: this scan is kept on this station and written when it is back. Put the parcel with the others scanned offline.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanned: {code}</source>
        <translation>Scanned: {code}</translation>
    </message>
    <message numerus="yes">
        <source>(%n characters)</source>
        <translation>
            <numerusform>(%n character)</numerusform>
            <numerusform>(%n characters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received: {rma}. %n unit(s) expected.</source>
        <translation>
            <numerusform>Received: {rma}. %n unit expected.</numerusform>
            <numerusform>Received: {rma}. %n units expected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already received: {rma}. Nothing was counted twice.</source>
        <translation>Already received: {rma}. Nothing was counted twice.</translation>
    </message>
    <message>
        <source>Received: {rma}, but asked for after the return window.</source>
        <translation>Received: {rma}, but asked for after the return window.</translation>
    </message>
    <message>
        <source>Received: {rma}, but the parcel arrived late (due by {date}).</source>
        <translation>Received: {rma}, but the parcel arrived late (due by {date}).</translation>
    </message>
    <message>
        <source>Not returnable: {rma} is closed or cancelled. Set the parcel aside for a supervisor.</source>
        <translation>Not returnable: {rma} is closed or cancelled. Set the parcel aside for a supervisor.</translation>
    </message>
    <message>
        <source>Unknown parcel. Put it in quarantine and write {id} on it.</source>
        <translation>Unknown parcel. Put it in quarantine and write {id} on it.</translation>
    </message>
    <message>
        <source>Several RMAs match. Tap the right one.</source>
        <translation>Several RMAs match. Tap the right one.</translation>
    </message>
    <message>
        <source>Policy: {verdict}. {reason}</source>
        <translation>Policy: {verdict}. {reason}</translation>
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
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow this computer</source>
        <translation>Follow this computer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>0 for the first camera; empty for none</source>
        <translation>0 for the first camera; empty for none</translation>
    </message>
    <message>
        <source>Autofocus</source>
        <translation>Autofocus</translation>
    </message>
    <message>
        <source>Fixed focus</source>
        <translation>Fixed focus</translation>
    </message>
    <message numerus="yes">
        <source>%n ms</source>
        <translation>
            <numerusform>%n ms</numerusform>
            <numerusform>%n ms</numerusform>
        </translation>
    </message>
    <message>
        <source>tcp://192.168.1.50:9100 (empty: no printer)</source>
        <translation>tcp://192.168.1.50:9100 (empty: no printer)</translation>
    </message>
    <message>
        <source>58 mm roll (384 dots)</source>
        <translation>58 mm roll (384 dots)</translation>
    </message>
    <message>
        <source>80 mm roll (512 dots)</source>
        <translation>80 mm roll (512 dots)</translation>
    </message>
    <message>
        <source>80 mm roll (576 dots)</source>
        <translation>80 mm roll (576 dots)</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Test print</translation>
    </message>
    <message>
        <source>Only a system admin can change these settings: you can look, and print a test tag.</source>
        <translation>Only a system admin can change these settings: you can look, and print a test tag.</translation>
    </message>
    <message>
        <source>Send them to this printer</source>
        <translation>Send them to this printer</translation>
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
        <source>Sign out when idle for</source>
        <translation>Sign out when idle for</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Camera resolution</source>
        <translation>Camera resolution</translation>
    </message>
    <message>
        <source>Camera focus</source>
        <translation>Camera focus</translation>
    </message>
    <message>
        <source>Scanner keys at most this far apart</source>
        <translation>Scanner keys at most this far apart</translation>
    </message>
    <message>
        <source>Tag printer</source>
        <translation>Tag printer</translation>
    </message>
    <message>
        <source>Printer paper</source>
        <translation>Printer paper</translation>
    </message>
    <message>
        <source>Station settings</source>
        <translation>Station settings</translation>
    </message>
    <message>
        <source>Type the printer&apos;s address first.</source>
        <translation>Type the printer&apos;s address first.</translation>
    </message>
    <message>
        <source>Printing a sample tag…</source>
        <translation>Printing a sample tag…</translation>
    </message>
    <message>
        <source>Sample tag printed: scan it; it should read {unit}.</source>
        <translation>Sample tag printed: scan it; it should read {unit}.</translation>
    </message>
    <message>
        <source>No sample tag: {reason}</source>
        <translation>No sample tag: {reason}</translation>
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
    <message numerus="yes">
        <source>%n waiting tag(s) of this bench moved to its printer {printer}.</source>
        <translation>
            <numerusform>%n waiting tag of this bench moved to its printer {printer}.</numerusform>
            <numerusform>%n waiting tags of this bench moved to its printer {printer}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) of this bench wait for a printer: set one and save to print them.</source>
        <translation>
            <numerusform>%n tag of this bench waits for a printer: set one and save to print it.</numerusform>
            <numerusform>%n tags of this bench wait for a printer: set one and save to print them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Language and scanner changes apply after a restart.</source>
        <translation>Language and scanner changes apply after a restart.</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) of this bench wait for {where}, which is not its printer: they will not print there.</source>
        <translation>
            <numerusform>%n tag of this bench waits for {where}, which is not its printer: it will not print there.</numerusform>
            <numerusform>%n tags of this bench wait for {where}, which is not its printer: they will not print there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) of this bench wait for {where}; no printer is set: set one and save to print them.</source>
        <translation>
            <numerusform>%n tag of this bench waits for {where}; no printer is set: set one and save to print it.</numerusform>
            <numerusform>%n tags of this bench wait for {where}; no printer is set: set one and save to print them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) sent to {printer}.</source>
        <translation>
            <numerusform>%n tag sent to {printer}.</numerusform>
            <numerusform>%n tags sent to {printer}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetView</name>
    <message>
        <source>Grade next unit</source>
        <translation>Grade next unit</translation>
    </message>
    <message>
        <source>Item not on this RMA</source>
        <translation>Item not on this RMA</translation>
    </message>
    <message>
        <source>The rest is missing</source>
        <translation>The rest is missing</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Reprint tag</source>
        <translation>Reprint tag</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Take over</translation>
    </message>
    <message numerus="yes">
        <source>Order {order} · {channel} · {done} of %n unit(s) accounted for</source>
        <translation>
            <numerusform>Order {order} · {channel} · {done} of %n unit accounted for</numerusform>
            <numerusform>Order {order} · {channel} · {done} of %n units accounted for</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume unit</source>
        <translation>Resume unit</translation>
    </message>
    <message>
        <source>Unidentified item</source>
        <translation>Unidentified item</translation>
    </message>
    <message>
        <source>not on the RMA</source>
        <translation>not on the RMA</translation>
    </message>
    <message>
        <source>%1 is grading this unit at %2 since %3. Take it over to go on with their answers; it is then yours, and the takeover is recorded.</source>
        <translation>%1 is grading this unit at %2 since %3. Take it over to go on with their answers; it is then yours, and the takeover is recorded.</translation>
    </message>
    <message>
        <source>another station</source>
        <translation>another station</translation>
    </message>
    <message>
        <source>Scan the item&apos;s barcode, or grade it as an unidentified item.</source>
        <translation>Scan the item&apos;s barcode, or grade it as an unidentified item.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) recorded as missing from the parcel.</source>
        <translation>
            <numerusform>%n unit recorded as missing from the parcel.</numerusform>
            <numerusform>%n units recorded as missing from the parcel.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tag of {unit} is printing again.</source>
        <translation>The tag of {unit} is printing again.</translation>
    </message>
</context>
<context>
    <name>Shop</name>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>needs attention</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>Parcel received</source>
        <translation>Parcel received</translation>
    </message>
    <message>
        <source>Unit decided</source>
        <translation>Unit decided</translation>
    </message>
    <message>
        <source>Return complete</source>
        <translation>Return complete</translation>
    </message>
    <message>
        <source>Request approved</source>
        <translation>Request approved</translation>
    </message>
    <message>
        <source>Request declined</source>
        <translation>Request declined</translation>
    </message>
    <message>
        <source>Shop: not connected</source>
        <translation>Shop: not connected</translation>
    </message>
    <message>
        <source>Shop: endpoint retired</source>
        <translation>Shop: endpoint retired</translation>
    </message>
    <message>
        <source>Shop: needs attention ({count})</source>
        <translation>Shop: needs attention ({count})</translation>
    </message>
    <message>
        <source>Shop: not reachable</source>
        <translation>Shop: not reachable</translation>
    </message>
    <message>
        <source>Shop: {count} waiting</source>
        <translation>Shop: {count} waiting</translation>
    </message>
    <message>
        <source>Shop: connected</source>
        <translation>Shop: connected</translation>
    </message>
</context>
<context>
    <name>ShopSettingsBox</name>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Shopify</source>
        <translation>Shopify</translation>
    </message>
    <message>
        <source>Signed webhook</source>
        <translation>Signed webhook</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>Environment variable</translation>
    </message>
    <message>
        <source>Secrets file (readable by its owner only)</source>
        <translation>Secrets file (readable by its owner only)</translation>
    </message>
    <message>
        <source>e.g. SHOPIFY_TOKEN</source>
        <translation>e.g. SHOPIFY_TOKEN</translation>
    </message>
    <message>
        <source>Refund from the dock (otherwise the note carries it)</source>
        <translation>Refund from the dock (otherwise the note carries it)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Save shop settings</source>
        <translation>Save shop settings</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connector</translation>
    </message>
    <message>
        <source>Secret from</source>
        <translation>Secret from</translation>
    </message>
    <message>
        <source>Restocked units go to</source>
        <translation>Restocked units go to</translation>
    </message>
    <message>
        <source>Store address</source>
        <translation>Store address</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook URL</translation>
    </message>
    <message>
        <source>A webhook is checked when it is saved.</source>
        <translation>A webhook is checked when it is saved.</translation>
    </message>
    <message>
        <source>Asking the shop…</source>
        <translation>Asking the shop…</translation>
    </message>
    <message numerus="yes">
        <source>Connected to {shop}: %n location(s).</source>
        <translation>
            <numerusform>Connected to {shop}: %n location.</numerusform>
            <numerusform>Connected to {shop}: %n locations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Not connected: {reason}</translation>
    </message>
    <message>
        <source>Choose Shopify or a signed webhook first.</source>
        <translation>Choose Shopify or a signed webhook first.</translation>
    </message>
    <message>
        <source>Checking and saving…</source>
        <translation>Checking and saving…</translation>
    </message>
    <message>
        <source>Saved. The stations use it from their next round.</source>
        <translation>Saved. The stations use it from their next round.</translation>
    </message>
</context>
<context>
    <name>ShopStatusLabel</name>
    <message>
        <source>Last pull: {when}</source>
        <translation>Last pull: {when}</translation>
    </message>
</context>
<context>
    <name>ShopTab</name>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>RMA</source>
        <translation>RMA</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Tries</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>What went wrong</translation>
    </message>
    <message>
        <source>Why (goes into the audit trail)</source>
        <translation>Why (goes into the audit trail)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Product type without a category</source>
        <translation>Product type without a category</translation>
    </message>
    <message>
        <source>grades as</source>
        <translation>grades as</translation>
    </message>
    <message>
        <source>Returns the last pulls could not take</source>
        <translation>Returns the last pulls could not take</translation>
    </message>
    <message>
        <source>{state}. {waiting} waiting, {attention} needing attention, {sent} sent, {skipped} skipped.</source>
        <translation>{state}. {waiting} waiting, {attention} needing attention, {sent} sent, {skipped} skipped.</translation>
    </message>
    <message>
        <source>Last pull: {when}. {result}</source>
        <translation>Last pull: {when}. {result}</translation>
    </message>
    <message>
        <source>No pull yet.</source>
        <translation>No pull yet.</translation>
    </message>
    <message>
        <source>{rma}: {problem}</source>
        <translation>{rma}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>{type} (%n product(s))</source>
        <translation>
            <numerusform>{type} (%n product)</numerusform>
            <numerusform>{type} (%n products)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an event in the list first.</source>
        <translation>Choose an event in the list first.</translation>
    </message>
    <message>
        <source>Say why first: it goes into the audit trail.</source>
        <translation>Say why first: it goes into the audit trail.</translation>
    </message>
    <message>
        <source>Event {id} will be sent again.</source>
        <translation>Event {id} will be sent again.</translation>
    </message>
    <message>
        <source>Event {id} will not be sent.</source>
        <translation>Event {id} will not be sent.</translation>
    </message>
    <message numerus="yes">
        <source>{type} grades as {category}; %n product(s) changed.</source>
        <translation>
            <numerusform>{type} grades as {category}; %n product changed.</numerusform>
            <numerusform>{type} grades as {category}; %n products changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Set up the first admin</source>
        <translation>Set up the first admin</translation>
    </message>
    <message>
        <source>Demo warehouse. PINs: {pins}</source>
        <translation>Demo warehouse. PINs: {pins}</translation>
    </message>
    <message>
        <source>Who is working at this station?</source>
        <translation>Who is working at this station?</translation>
    </message>
    <message>
        <source>Tap your name, or scan your badge.</source>
        <translation>Tap your name, or scan your badge.</translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>Hello, {name}</translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation>Type your PIN.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <translation>PIN (4 to 8 digits)</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>The same PIN again</translation>
    </message>
    <message>
        <source>Create admin</source>
        <translation>Create admin</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>The two PINs differ.</translation>
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
    <name>SupervisorPage</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Units per hour</source>
        <translation>Units per hour</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>Unknown parcels</source>
        <translation>Unknown parcels</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analytics</translation>
    </message>
    <message>
        <source>RMA, order or tracking number</source>
        <translation>RMA, order or tracking number</translation>
    </message>
    <message>
        <source>Attach to RMA</source>
        <translation>Attach to RMA</translation>
    </message>
    <message>
        <source>Not ours: refused and sent back</source>
        <translation>Not ours: refused and sent back</translation>
    </message>
    <message>
        <source>No label and no RMA found</source>
        <translation>No label and no RMA found</translation>
    </message>
    <message>
        <source>Damaged beyond return</source>
        <translation>Damaged beyond return</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>every station</source>
        <translation>every station</translation>
    </message>
    <message>
        <source>every grader</source>
        <translation>every grader</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Grader</source>
        <translation>Grader</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>Today, {day}</translation>
    </message>
    <message>
        <source>oldest {hours} h</source>
        <translation>oldest {hours} h</translation>
    </message>
    <message numerus="yes">
        <source>Backlog: %n parcel(s)</source>
        <translation>
            <numerusform>Backlog: %n parcel</numerusform>
            <numerusform>Backlog: %n parcels</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Station {name}</source>
        <translation>Station {name}</translation>
    </message>
    <message>
        <source>override: {why}</source>
        <translation>override: {why}</translation>
    </message>
    <message>
        <source>Nothing to review today: no overrides and no flagged units.</source>
        <translation>Nothing to review today: no overrides and no flagged units.</translation>
    </message>
    <message numerus="yes">
        <source>To review (%n)</source>
        <translation>
            <numerusform>To review (%n)</numerusform>
            <numerusform>To review (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No unknown parcels are waiting.</source>
        <translation>No unknown parcels are waiting.</translation>
    </message>
    <message numerus="yes">
        <source>Unknown parcels (%n)</source>
        <translation>
            <numerusform>Unknown parcels (%n)</numerusform>
            <numerusform>Unknown parcels (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Tap an unknown parcel in the list first.</source>
        <translation>Tap an unknown parcel in the list first.</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Writing {file}…</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) written to {file}</source>
        <translation>
            <numerusform>%n unit written to {file}</numerusform>
            <numerusform>%n units written to {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>The {format} export was not written: {file} cannot be written in the folder {folder} ({reason}). Choose a folder this station may write to and export again.</source>
        <translation>The {format} export was not written: {file} cannot be written in the folder {folder} ({reason}). Choose a folder this station may write to and export again.</translation>
    </message>
    <message>
        <source>The {format} export was not written: the folder {folder} cannot be used ({reason}). Choose another folder and export again.</source>
        <translation>The {format} export was not written: the folder {folder} cannot be used ({reason}). Choose another folder and export again.</translation>
    </message>
    <message>
        <source>The {format} export was not written: {reason}</source>
        <translation>The {format} export was not written: {reason}</translation>
    </message>
    <message>
        <source>The {format} export failed unexpectedly ({detail}). The details are in the log: tell whoever looks after this station.</source>
        <translation>The {format} export failed unexpectedly ({detail}). The details are in the log: tell whoever looks after this station.</translation>
    </message>
</context>
<context>
    <name>UnitCard</name>
    <message>
        <source>{rma} · unit {number} of {pieces}</source>
        <translation>{rma} · unit {number} of {pieces}</translation>
    </message>
    <message>
        <source>Customer&apos;s reason: {reason}</source>
        <translation>Customer&apos;s reason: {reason}</translation>
    </message>
    <message>
        <source>Not on the RMA</source>
        <translation>Not on the RMA</translation>
    </message>
    <message>
        <source>an item we do not know</source>
        <translation>an item we do not know</translation>
    </message>
    <message>
        <source>Found: {item}</source>
        <translation>Found: {item}</translation>
    </message>
</context>
<context>
    <name>UnitView</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Question {at} of {total}</source>
        <translation>Question {at} of {total}</translation>
    </message>
    <message>
        <source>Check the item</source>
        <translation>Check the item</translation>
    </message>
    <message>
        <source>Question {at} of {least}–{most}</source>
        <translation>Question {at} of {least}–{most}</translation>
    </message>
    <message>
        <source>Back to the parcel</source>
        <translation>Back to the parcel</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>No picture from the camera: choose a picture file, or go on without a photo (a supervisor will see that it was skipped).</source>
        <translation>No picture from the camera: choose a picture file, or go on without a photo (a supervisor will see that it was skipped).</translation>
    </message>
    <message>
        <source>Photo skipped: a supervisor will review this unit.</source>
        <translation>Photo skipped: a supervisor will review this unit.</translation>
    </message>
    <message>
        <source>The decision waits for the database: it cannot be reached, and nothing was committed. Tap again when it is back.</source>
        <translation>The decision waits for the database: it cannot be reached, and nothing was committed. Tap again when it is back.</translation>
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
    <message>
        <source>dock</source>
        <translation>dock</translation>
    </message>
    <message>
        <source>grader</source>
        <translation>grader</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>receive parcels</source>
        <translation>receive parcels</translation>
    </message>
    <message>
        <source>grade units</source>
        <translation>grade units</translation>
    </message>
    <message>
        <source>override a disposition</source>
        <translation>override a disposition</translation>
    </message>
    <message>
        <source>resolve unknown parcels</source>
        <translation>resolve unknown parcels</translation>
    </message>
    <message>
        <source>export reports</source>
        <translation>export reports</translation>
    </message>
    <message>
        <source>import RMAs</source>
        <translation>import RMAs</translation>
    </message>
    <message>
        <source>change checklists, rules, bins or printers</source>
        <translation>change checklists, rules, bins or printers</translation>
    </message>
    <message>
        <source>manage operators</source>
        <translation>manage operators</translation>
    </message>
    <message>
        <source>manage stations</source>
        <translation>manage stations</translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation>back up the database</translation>
    </message>
    <message>
        <source>connect the shop</source>
        <translation>connect the shop</translation>
    </message>
    <message>
        <source>retry or skip what goes to the shop</source>
        <translation>retry or skip what goes to the shop</translation>
    </message>
    <message>
        <source>Parcel received</source>
        <translation>Parcel received</translation>
    </message>
    <message>
        <source>Unit graded</source>
        <translation>Unit graded</translation>
    </message>
    <message>
        <source>Disposition overridden</source>
        <translation>Disposition overridden</translation>
    </message>
    <message>
        <source>RMA imported</source>
        <translation>RMA imported</translation>
    </message>
    <message>
        <source>RMA updated by an import</source>
        <translation>RMA updated by an import</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Operator added</source>
        <translation>Operator added</translation>
    </message>
    <message>
        <source>Locked after wrong PINs</source>
        <translation>Locked after wrong PINs</translation>
    </message>
    <message>
        <source>Station settings changed</source>
        <translation>Station settings changed</translation>
    </message>
    <message>
        <source>Grading started</source>
        <translation>Grading started</translation>
    </message>
    <message>
        <source>Item confirmed</source>
        <translation>Item confirmed</translation>
    </message>
    <message>
        <source>Wrong item found</source>
        <translation>Wrong item found</translation>
    </message>
    <message>
        <source>Unit not on the RMA found</source>
        <translation>Unit not on the RMA found</translation>
    </message>
    <message>
        <source>Unit missing from the parcel</source>
        <translation>Unit missing from the parcel</translation>
    </message>
    <message>
        <source>Put away</source>
        <translation>Put away</translation>
    </message>
    <message>
        <source>Photo taken</source>
        <translation>Photo taken</translation>
    </message>
    <message>
        <source>RMA complete</source>
        <translation>RMA complete</translation>
    </message>
    <message>
        <source>Restock</source>
        <translation>Restock</translation>
    </message>
    <message>
        <source>Repackage</source>
        <translation>Repackage</translation>
    </message>
    <message>
        <source>Refurbish</source>
        <translation>Refurbish</translation>
    </message>
    <message>
        <source>Dispose</source>
        <translation>Dispose</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Missing parts</source>
        <translation>Missing parts</translation>
    </message>
    <message>
        <source>Reason does not match</source>
        <translation>Reason does not match</translation>
    </message>
    <message>
        <source>Outside the return window</source>
        <translation>Outside the return window</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Hazard</translation>
    </message>
    <message>
        <source>Hygiene</source>
        <translation>Hygiene</translation>
    </message>
    <message>
        <source>Not on the RMA</source>
        <translation>Not on the RMA</translation>
    </message>
    <message>
        <source>Return policy</source>
        <translation>Return policy</translation>
    </message>
    <message>
        <source>Photo skipped: no camera</source>
        <translation>Photo skipped: no camera</translation>
    </message>
    <message>
        <source>Returnable</source>
        <translation>Returnable</translation>
    </message>
    <message>
        <source>Returnable with a fee</source>
        <translation>Returnable with a fee</translation>
    </message>
    <message>
        <source>Not returnable</source>
        <translation>Not returnable</translation>
    </message>
    <message>
        <source>A person must look</source>
        <translation>A person must look</translation>
    </message>
    <message>
        <source>Final sale</source>
        <translation>Final sale</translation>
    </message>
    <message>
        <source>Return period ended</source>
        <translation>Return period ended</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <source>Full refund</source>
        <translation>Full refund</translation>
    </message>
    <message>
        <source>Partial refund: {fee}% restocking fee</source>
        <translation>Partial refund: {fee}% restocking fee</translation>
    </message>
    <message>
        <source>No refund</source>
        <translation>No refund</translation>
    </message>
    <message>
        <source>To grade</source>
        <translation>To grade</translation>
    </message>
    <message>
        <source>Being graded</source>
        <translation>Being graded</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>Graded</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
</context>
</TS>
