import Testing
@testable import Kubectl

/// Every way a manifest can be wrong, with the exact line kubectl prints. Client-side
/// texts were checked against real kubectl v1.32 (`kubectl create -f`); server-side ones
/// follow the API server's words (`transformDecodeError`, strict decoding, validation).
@Suite struct ManifestErrorTests {
    static let deploymentHead = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n"
    static let template = "  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: nginx\n        image: nginx\n"
    static func deployment(_ spec: String) -> String { deploymentHead + "spec:\n" + spec }

    static func stderr(_ file: String, verb: String = "create") -> String {
        let t = Transcript(files: ["x.yaml": file])
        let r = t.kubectl.run([verb, "-f", "x.yaml"])
        #expect(r.exitCode == 1)
        #expect(r.stdout.isEmpty)
        return r.stderr
    }

    @Test(arguments: [
        ("metadata:\n  name: x\n", "error: error validating \"x.yaml\": error validating data: [apiVersion not set, kind not set]; if you choose to ignore these errors, turn validation off with --validate=false\n"),
        ("apiVersion: v1\nmetadata:\n  name: x\n", "error: error validating \"x.yaml\": error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false\n"),
        ("kind: Pod\nmetadata:\n  name: x\n", "error: error validating \"x.yaml\": error validating data: apiVersion not set; if you choose to ignore these errors, turn validation off with --validate=false\n"),
        ("apiVersion: 3\nkind: Pod\n", "error: error validating \"x.yaml\": error validating data: apiVersion isn't string type; if you choose to ignore these errors, turn validation off with --validate=false\n"),
        ("- a\n- b\n", "error: error validating \"x.yaml\": error validating data: invalid object to validate; if you choose to ignore these errors, turn validation off with --validate=false\n"),
        ("just a string\n", "error: error validating \"x.yaml\": error validating data: invalid object to validate; if you choose to ignore these errors, turn validation off with --validate=false\n"),
        ("", "error: no objects passed to create\n"),
        ("# only a comment\n---\n", "error: no objects passed to create\n"),
    ])
    func kubectlChecksApiVersionAndKind(_ file: String, _ expected: String) {
        #expect(Self.stderr(file) == expected)
    }

    @Test(arguments: [
        ("apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n  labels: [a\n", "yaml: line 5: did not find expected ',' or ']'"),
        ("apiVersion: v1\nkind: Pod\nmetadata:\n  name: \"x\n", "yaml: line 5: found unexpected end of stream"),
        ("apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n bad: 1\n", "yaml: line 4: did not find expected key"),
        ("apiVersion: v1\nkind: Pod\nmetadata: {name: x\n", "yaml: line 3: did not find expected ',' or '}'"),
        ("a: b: c\n", "yaml: mapping values are not allowed in this context"),
        ("apiVersion: v1\nkind: Pod\nmetadata:\n\tname: x\n", "yaml: line 4: found character that cannot start any token"),
        ("apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n\tfoo: 1\n", "yaml: line 5: found a tab character that violates indentation"),
        ("apiVersion: v1\nkind: Pod\nmetadata:\n  name: *x\n", "yaml: unknown anchor 'x' referenced"),
        ("key: 'unterminated\n", "yaml: line 2: found unexpected end of stream"),
    ])
    func yamlSyntaxErrorsAreWordedAsGoYAMLWordsThem(_ file: String, _ problem: String) {
        #expect(Self.stderr(file) == "error: error parsing x.yaml: error converting YAML to JSON: \(problem)\n")
    }

    @Test func aBadSeparatorLineIsReportedAsItself() {
        #expect(Self.stderr("--- junk\napiVersion: v1\n") == "error: error parsing x.yaml: invalid Yaml document separator: junk\n")
    }

    @Test(arguments: [
        ("apiVersion: v1\nkind: Pod\nmetadata:\n  name: 12\n", "json: cannot unmarshal number into Go struct field ObjectMeta.metadata.name of type string"),
        ("apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels: x\n", "json: cannot unmarshal string into Go struct field ObjectMeta.metadata.labels of type map[string]string"),
        ("apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    x: 1\n", "json: cannot unmarshal number into Go struct field ObjectMeta.metadata.annotations of type string"),
        ("apiVersion: v1\nkind: Pod\nmetadata: 5\n", "json: cannot unmarshal number into Go struct field metadataOnlyObject.metadata of type v1.ObjectMeta"),
        ("apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  ownerReferences: {}\n", "json: cannot unmarshal object into Go struct field ObjectMeta.metadata.ownerReferences of type []v1.OwnerReference"),
        // `y` is the boolean true in YAML 1.1, as go-yaml reads it.
        ("apiVersion: v1\nkind: Pod\nmetadata:\n  name: y\n", "json: cannot unmarshal bool into Go struct field ObjectMeta.metadata.name of type string"),
    ])
    func metadataIsDecodedByKubectlItself(_ file: String, _ problem: String) {
        #expect(Self.stderr(file) == "error: unable to decode \"x.yaml\": \(problem)\n")
    }

    @Test(arguments: [
        ("apiVersion: v1\nkind: Widget\nmetadata:\n  name: w\n", "error: resource mapping not found for name: \"w\" namespace: \"\" from \"x.yaml\": no matches for kind \"Widget\" in version \"v1\"\nensure CRDs are installed first\n"),
        ("apiVersion: v1\nkind: Deployment\nmetadata:\n  name: w\n  namespace: dev\n", "error: resource mapping not found for name: \"w\" namespace: \"dev\" from \"x.yaml\": no matches for kind \"Deployment\" in version \"v1\"\nensure CRDs are installed first\n"),
        ("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n", "error: kubetutor does not simulate ConfigMap objects yet (\"x.yaml\": ConfigMap \"c\")\n"),
    ])
    func unknownKindsAreNotMapped(_ file: String, _ expected: String) {
        #expect(Self.stderr(file) == expected)
    }

    static let prefix = "Error from server (BadRequest): error when creating \"x.yaml\": Deployment in version \"v1\" cannot be handled as a Deployment: "

    @Test(arguments: [
        (deployment("  replica: 3\n  selector: {matchLabels: {app: web}}\n" + template), "strict decoding error: unknown field \"spec.replica\""),
        (deployment("  replicas: \"3\"\n"), "json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32"),
        (deployment("  replicas: 1.5\n"), "json: cannot unmarshal number 1.5 into Go struct field DeploymentSpec.spec.replicas of type int32"),
        (deployment("  replicas: 99999999999\n"), "json: cannot unmarshal number 99999999999 into Go struct field DeploymentSpec.spec.replicas of type int32"),
        (deployment("  template: []\n"), "json: cannot unmarshal array into Go struct field DeploymentSpec.spec.template of type v1.PodTemplateSpec"),
        (deployment("  selector: {matchLabels: {app: web}}\n" + template.replacingAll("x", with: "x") + "        imagePullPolicyy: Always\n        portz: []\n"),
         "strict decoding error: unknown field \"spec.template.spec.containers[0].imagePullPolicyy\", unknown field \"spec.template.spec.containers[0].portz\""),
        (deployment("  selector: {matchLabels: {app: web}}\n" + template + "        ports:\n        - containerPort: \"80\"\n"),
         "json: cannot unmarshal string into Go struct field ContainerPort.spec.template.spec.containers.ports.containerPort of type int32"),
        (deployment("  selector: {matchLabels: {app: web}}\n" + template + "        args: [1]\n"),
         "json: cannot unmarshal number into Go struct field Container.spec.template.spec.containers.args of type string"),
        (deployment("  strategy:\n    rollingUpdate:\n      maxSurge: true\n"), "json: cannot unmarshal bool into Go value of type int32"),
        (deployment("  selector: {matchLabels: {app: web}}\n" + template + "        resources:\n          limits:\n            memory: lots\n"),
         "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"),
    ])
    func theServerDecodesStrictly(_ file: String, _ problem: String) {
        #expect(Self.stderr(file) == Self.prefix + problem + "\n")
    }

    @Test(arguments: [
        (deployment("  replicas: -1\n  selector: {matchLabels: {app: web}}\n" + template),
         "The Deployment \"web\" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0\n"),
        (deployment("  selector: {matchLabels: {app: web}}\n" + template.replacingAll("\n", with: "\n") + "      restartPolicy: Never\n"),
         "The Deployment \"web\" is invalid: spec.template.spec.restartPolicy: Unsupported value: \"Never\": supported values: \"Always\"\n"),
        (deployment("  selector: {matchLabels: {app: other}}\n" + template),
         "The Deployment \"web\" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"web\"}: `selector` does not match template `labels`\n"),
        (deployment("  selector: {}\n" + template),
         "The Deployment \"web\" is invalid: spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for deployment\n"),
        (deployment(template),
         "The Deployment \"web\" is invalid: \n* spec.selector: Required value\n* spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"web\"}: `selector` does not match template `labels`\n"),
        ("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: My_Web\nspec:\n  selector: {matchLabels: {app: web}}\n" + template,
         "The Deployment \"My_Web\" is invalid: metadata.name: Invalid value: \"My_Web\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')\n"),
        ("apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers: []\n",
         "The Pod \"p\" is invalid: spec.containers: Required value\n"),
        ("apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  restartPolicy: Sometimes\n  containers:\n  - name: a\n    image: nginx\n    imagePullPolicy: Maybe\n  - name: a\n    image: nginx\n    ports:\n    - containerPort: 70000\n",
         "The Pod \"p\" is invalid: \n* spec.containers[0].imagePullPolicy: Unsupported value: \"Maybe\": supported values: \"Always\", \"IfNotPresent\", \"Never\"\n* spec.containers[1].name: Duplicate value: \"a\"\n* spec.containers[1].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive\n* spec.restartPolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", \"OnFailure\", \"Never\"\n"),
        ("apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: a\n    image: nginx\n    volumeMounts:\n    - name: data\n      mountPath: /data\n",
         "The Pod \"p\" is invalid: spec.containers[0].volumeMounts[0].name: Not found: \"data\"\n"),
        ("apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels:\n    app: \"has space\"\nspec:\n  containers:\n  - name: a\n    image: nginx\n",
         "The Pod \"p\" is invalid: metadata.labels: Invalid value: \"has space\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')\n"),
        ("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: Dev\n",
         "The Namespace \"Dev\" is invalid: metadata.name: Invalid value: \"Dev\": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')\n"),
        ("apiVersion: v1\nkind: Service\nmetadata:\n  name: 1svc\nspec:\n  ports: []\n",
         "The Service \"1svc\" is invalid: \n* metadata.name: Invalid value: \"1svc\": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')\n* spec.ports: Required value\n"),
        (deployment("  selector: {matchLabels: {app: web}}\n  strategy:\n    type: Recreate\n    rollingUpdate: {maxSurge: 1}\n" + template),
         "The Deployment \"web\" is invalid: spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'\n"),
        (deployment("  selector: {matchLabels: {app: web}}\n  strategy:\n    rollingUpdate: {maxSurge: 0, maxUnavailable: 0}\n" + template),
         "The Deployment \"web\" is invalid: spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:0, IntVal:0, StrVal:\"\"}: may not be 0 when `maxSurge` is 0\n"),
    ])
    func theServerValidates(_ file: String, _ expected: String) {
        #expect(Self.stderr(file) == expected)
    }

    @Test func applyNeedsAName() {
        #expect(Self.stderr("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  labels: {a: b}\n", verb: "apply") == """
        error: error when retrieving current configuration of:
        Resource: "apps/v1, Resource=deployments", GroupVersionKind: "apps/v1, Kind=Deployment"
        Name: "", Namespace: "default"
        from server for: "x.yaml": resource name may not be empty

        """)
    }

    @Test func anExplicitNamespaceMustMatchTheManifests() {
        let t = Transcript(files: ["x.yaml": "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: dev\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: dev\nspec:\n  containers:\n  - name: a\n    image: nginx\n"])
        let r = t.kubectl.run(["apply", "-f", "x.yaml", "-n", "prod"])
        #expect(r.stdout == "namespace/dev created\n")
        #expect(r.stderr == "error: the namespace from the provided object \"dev\" does not match the namespace \"prod\". You must pass '--namespace=dev' to perform this operation.\n")
    }

    @Test func aMissingNamespaceIsTheServersNotFound() {
        let t = Transcript(files: ["x.yaml": "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: nowhere\nspec:\n  containers:\n  - name: a\n    image: nginx\n"])
        #expect(t.kubectl.run(["create", "-f", "x.yaml"]).stderr == "Error from server (NotFound): error when creating \"x.yaml\": namespaces \"nowhere\" not found\n")
    }

    @Test func severalFailuresAreListedOnePerLine() {
        let t = Transcript(files: [
            "a.yaml": Self.deployment("  replicas: -1\n  selector: {matchLabels: {app: web}}\n" + Self.template),
            "b.yaml": "kind: Pod\n",
        ])
        let r = t.kubectl.run(["create", "-f", "a.yaml,b.yaml"])
        #expect(r.stderr == """
        Error from server (Invalid): error when creating "a.yaml": Deployment.apps "web" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0
        error validating "b.yaml": error validating data: apiVersion not set; if you choose to ignore these errors, turn validation off with --validate=false

        """)
    }

    @Test(arguments: [
        ("apiVersion: v1\nmetadata:\n  name: x\n", "error: unable to decode \"x.yaml\": Object 'Kind' is missing in '{\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"x\"}}'\n"),
        ("- a\n", "error: unable to decode \"x.yaml\": json: cannot unmarshal array into Go value of type unstructured.detector\n"),
        ("kind: Pod\nmetadata:\n  name: x\n", "error: unable to recognize \"x.yaml\": no matches for kind \"Pod\" in version \"\"\n"),
    ])
    func withoutValidationTheDecoderFindsWhatIsMissing(_ file: String, _ expected: String) {
        let t = Transcript(files: ["x.yaml": file])
        #expect(t.kubectl.run(["create", "-f", "x.yaml", "--validate=false"]).stderr == expected)
    }

    @Test func unknownFieldsAreDroppedOrWarnedAboutWhenAskedTo() {
        let file = Self.deployment("  replica: 3\n  selector: {matchLabels: {app: web}}\n" + Self.template)
        let t = Transcript(files: ["x.yaml": file])
        let warned = t.kubectl.run(["apply", "-f", "x.yaml", "--validate=warn"])
        #expect(warned.stdout == "deployment.apps/web created\n")
        #expect(warned.stderr == "Warning: unknown field \"spec.replica\"\n")
        // The field the server dropped is still in every patch kubectl computes, so the
        // object never reads as unchanged.
        let ignored = t.kubectl.run(["apply", "-f", "x.yaml", "--validate=false"])
        #expect(ignored.stdout == "deployment.apps/web configured\n")
        #expect(ignored.stderr == "")
        #expect(t.kubectl.run(["apply", "-f", "x.yaml", "--validate=bogus"]).stderr
                == "error: invalid - validate option \"bogus\"; must be one of: strict (or true), warn, ignore (or false)\n")
    }
}
