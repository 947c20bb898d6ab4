/**
 * The movement routes as one MapLibre custom WebGL layer. The routes' segments live in a GPU buffer
 * (see movement-gpu.ts); the timeline's date is a single uniform, so scrubbing or playing costs one
 * redraw, whatever the number of routes. Styles follow lib/map/status-style.ts: bold, solid, thin,
 * dashed or hollow by status, with the uncertainty band of span-dated movements drawn first, and
 * overdue plans fainter and dotted.
 *
 * Web Mercator only (the map never uses another projection). Pointer hits on routes go through the
 * invisible GeoJSON hit layer, which holds the same lines.
 */
import type { CustomLayerInterface, CustomRenderMethodInput, Map as MapLibreMap } from 'maplibre-gl';
import { DEFAULT_ANIMATION, type AnimationOptions } from '@/lib/time/animation';
import { SEGMENT_FLOATS, UNDER_WAY_OPACITY, drawRanges, type RouteSegments } from './movement-gpu';
import { BAND_STYLE, OVERDUE_DASH, STATUS_ORDER, STATUS_STYLES } from './status-style';

export const MOVEMENT_GPU_LAYER = 'movement-routes';

const BAND = BAND_STYLE;

const VERTEX = `#version 300 es
precision highp float;
uniform mat4 u_matrix;
uniform vec2 u_viewport;
uniform float u_ratio;
uniform float u_time;
uniform float u_all;
uniform float u_band_pass;
uniform float u_trail;
uniform float u_overdue;
uniform vec4 u_style[${STATUS_ORDER.length}];
in vec2 a_corner;
in vec4 a_ends;
in vec4 a_along;
in vec3 a_time;
out float v_across;
out float v_fraction;
out float v_distance;
flat out float v_half;
flat out float v_opacity;
flat out float v_progress;
flat out float v_overdue;
flat out int v_status;

void main() {
  int code = int(a_time.z + 0.5);
  int mode = code / 8;
  int status = code - mode * 8;
  float appear = a_time.x;
  float arrive = a_time.y;
  float opacity = 1.0;
  float progress = 2.0;
  float band = 0.0;
  float overdue = 0.0;
  if (u_all < 0.5) {
    if (u_time < appear) {
      opacity = 0.0;
    } else if (u_time < arrive) {
      if (mode == 0) progress = (u_time - appear) / (arrive - appear);
      if (mode == 1) band = 1.0;
    } else if (mode == 2) {
      opacity = u_overdue;
      overdue = 1.0;
    } else {
      opacity = 1.0 - (u_time - arrive) / u_trail;
    }
  }
  if (u_band_pass > 0.5) opacity *= band;
  if (opacity <= 0.0) {
    // Outside clip space: a hidden route costs no fragments.
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    return;
  }
  float half_width = u_band_pass > 0.5 ? ${BAND.width / 2}.0 : u_style[status].x * 0.5;
  float extent = half_width + 1.0;
  vec4 pa = u_matrix * vec4(a_ends.xy, 0.0, 1.0);
  vec4 pb = u_matrix * vec4(a_ends.zw, 0.0, 1.0);
  vec2 direction = pb.xy / pb.w - pa.xy / pa.w;
  direction *= u_viewport;
  float len = length(direction);
  direction = len > 0.0 ? direction / len : vec2(1.0, 0.0);
  vec2 normal = vec2(-direction.y, direction.x);
  vec4 p = a_corner.x < 0.5 ? pa : pb;
  vec2 offset = normal * a_corner.y * extent * u_ratio * 2.0 / u_viewport;
  gl_Position = p + vec4(offset * p.w, 0.0, 0.0);
  v_across = a_corner.y * extent;
  v_fraction = mix(a_along.x, a_along.y, a_corner.x);
  v_distance = mix(a_along.z, a_along.w, a_corner.x);
  v_half = half_width;
  v_opacity = opacity;
  v_progress = progress;
  v_overdue = overdue;
  v_status = status;
}`;

const FRAGMENT = `#version 300 es
precision highp float;
uniform float u_band_pass;
uniform float u_world_size;
uniform float u_under_way;
uniform vec4 u_color[${STATUS_ORDER.length}];
uniform vec4 u_style[${STATUS_ORDER.length}];
uniform float u_hollow[${STATUS_ORDER.length}];
in float v_across;
in float v_fraction;
in float v_distance;
flat in float v_half;
flat in float v_opacity;
flat in float v_progress;
flat in float v_overdue;
flat in int v_status;
out vec4 fragColor;

void main() {
  vec4 style = u_style[v_status];
  vec3 color = u_color[v_status].rgb;
  float d = abs(v_across);
  float alpha = v_opacity;
  if (u_band_pass > 0.5) {
    alpha *= ${BAND.opacity} * (1.0 - smoothstep(v_half - ${BAND.blur}.0, v_half, d));
  } else {
    alpha *= style.y * clamp(v_half + 0.5 - d, 0.0, 1.0);
    if (v_fraction > v_progress) alpha *= u_under_way;
    vec2 dash = v_overdue > 0.5 ? vec2(${OVERDUE_DASH[0]}, ${OVERDUE_DASH[1]}) : style.zw;
    if (dash.x > 0.0) {
      float period = (dash.x + dash.y) * style.x;
      if (mod(v_distance * u_world_size, period) > dash.x * style.x) discard;
    }
    if (u_hollow[v_status] > 0.5 && d < v_half - 1.5) color = vec3(1.0);
  }
  if (alpha <= 0.0) discard;
  fragColor = vec4(color * alpha, alpha);
}`;

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

function compile(gl: WebGL2RenderingContext, type: number, source: string): WebGLShader {
  const shader = gl.createShader(type)!;
  gl.shaderSource(shader, source);
  gl.compileShader(shader);
  if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) throw new Error(`movement shader: ${gl.getShaderInfoLog(shader)}`);
  return shader;
}

/** Per-segment attributes: name, floats, offset in floats (see SEGMENT_FLOATS). */
const INSTANCE_ATTRIBUTES = [['a_ends', 4, 0], ['a_along', 4, 4], ['a_time', 3, 8]] as const;

/** The two triangles of a segment's quad: (0 = start, 1 = end; -1 = left, 1 = right). */
const CORNERS = new Float32Array([0, -1, 1, -1, 0, 1, 0, 1, 1, -1, 1, 1]);

export class MovementGpuLayer implements CustomLayerInterface {
  readonly id = MOVEMENT_GPU_LAYER;
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;
  private map: MapLibreMap | null = null;
  private gl: WebGL2RenderingContext | null = null;
  private program: WebGLProgram | null = null;
  private vao: WebGLVertexArrayObject | null = null;
  private corners: WebGLBuffer | null = null;
  private instances: WebGLBuffer | null = null;
  private segments: RouteSegments = { data: new Float32Array(0), runs: [] };
  private uploaded = true;
  private time: number | null = null;
  private readonly uniforms = new Map<string, WebGLUniformLocation | null>();
  private readonly attributes = new Map<string, number>();

  constructor(private readonly options: AnimationOptions = DEFAULT_ANIMATION) {}

  /** The segments to draw, from segmentInstances. */
  setSegments(segments: RouteSegments): void {
    this.segments = segments;
    this.uploaded = false;
    this.map?.triggerRepaint();
  }

  /** The timeline's date in days since the schedule's origin, or null to show every route in full. */
  setTime(time: number | null): void {
    if (time === this.time) return;
    this.time = time;
    this.map?.triggerRepaint();
  }

  /** What it draws now: another map (the PNG export's) draws the same moment from it. */
  current(): { segments: RouteSegments; time: number | null } {
    return { segments: this.segments, time: this.time };
  }

  onAdd(map: MapLibreMap, gl: WebGL2RenderingContext): void {
    this.map = map;
    this.gl = gl;
    const program = gl.createProgram()!;
    gl.attachShader(program, compile(gl, gl.VERTEX_SHADER, VERTEX));
    gl.attachShader(program, compile(gl, gl.FRAGMENT_SHADER, FRAGMENT));
    gl.linkProgram(program);
    if (!gl.getProgramParameter(program, gl.LINK_STATUS)) throw new Error(`movement shader: ${gl.getProgramInfoLog(program)}`);
    this.program = program;
    this.vao = gl.createVertexArray();
    gl.bindVertexArray(this.vao);
    this.corners = gl.createBuffer();
    gl.bindBuffer(gl.ARRAY_BUFFER, this.corners);
    gl.bufferData(gl.ARRAY_BUFFER, CORNERS, gl.STATIC_DRAW);
    const corner = gl.getAttribLocation(program, 'a_corner');
    gl.enableVertexAttribArray(corner);
    gl.vertexAttribPointer(corner, 2, gl.FLOAT, false, 0, 0);
    this.instances = gl.createBuffer();
    gl.bindBuffer(gl.ARRAY_BUFFER, this.instances);
    for (const [name] of INSTANCE_ATTRIBUTES) {
      const location = gl.getAttribLocation(program, name);
      gl.enableVertexAttribArray(location);
      gl.vertexAttribDivisor(location, 1);
      this.attributes.set(name, location);
    }
    this.pointAt(0);
    gl.bindVertexArray(null);
    this.uploaded = false;
  }

  onRemove(_map: MapLibreMap, gl: WebGL2RenderingContext): void {
    gl.deleteBuffer(this.corners);
    gl.deleteBuffer(this.instances);
    gl.deleteVertexArray(this.vao);
    gl.deleteProgram(this.program);
    this.map = null;
    this.gl = null;
  }

  /**
   * Points the instance attributes at `first` segment. WebGL 2 has no base instance, so a draw of
   * a slice of the buffer moves the attribute offsets instead.
   */
  private pointAt(first: number): void {
    const gl = this.gl!;
    gl.bindBuffer(gl.ARRAY_BUFFER, this.instances);
    for (const [name, size, offset] of INSTANCE_ATTRIBUTES) {
      gl.vertexAttribPointer(this.attributes.get(name)!, size, gl.FLOAT, false, SEGMENT_FLOATS * 4, (first * SEGMENT_FLOATS + offset) * 4);
    }
  }

  private uniform(name: string): WebGLUniformLocation | null {
    if (!this.uniforms.has(name)) this.uniforms.set(name, this.gl!.getUniformLocation(this.program!, name));
    return this.uniforms.get(name)!;
  }

  render(gl: WebGL2RenderingContext, input: CustomRenderMethodInput): void {
    if (!this.program || !this.map) return;
    gl.bindVertexArray(this.vao);
    if (!this.uploaded) {
      gl.bindBuffer(gl.ARRAY_BUFFER, this.instances);
      gl.bufferData(gl.ARRAY_BUFFER, this.segments.data, gl.STATIC_DRAW);
      this.uploaded = true;
    }
    gl.useProgram(this.program);
    const u = (name: string) => this.uniform(name);
    gl.uniformMatrix4fv(u('u_matrix'), false, Float32Array.from(input.defaultProjectionData.mainMatrix));
    gl.uniform2f(u('u_viewport'), gl.drawingBufferWidth, gl.drawingBufferHeight);
    gl.uniform1f(u('u_ratio'), this.map.getPixelRatio());
    gl.uniform1f(u('u_world_size'), 512 * 2 ** this.map.getZoom());
    gl.uniform1f(u('u_time'), this.time ?? 0);
    gl.uniform1f(u('u_all'), this.time === null ? 1 : 0);
    gl.uniform1f(u('u_trail'), this.options.trailDays);
    gl.uniform1f(u('u_overdue'), this.options.overdueOpacity);
    gl.uniform1f(u('u_under_way'), UNDER_WAY_OPACITY);
    const styles = STATUS_ORDER.map((s) => STATUS_STYLES[s]);
    gl.uniform4fv(u('u_color'), styles.flatMap((s) => [...rgb(s.color), 1]));
    gl.uniform4fv(u('u_style'), styles.flatMap((s) => [s.width, s.opacity, s.dash?.[0] ?? 0, s.dash?.[1] ?? 0]));
    gl.uniform1fv(u('u_hollow'), styles.map((s) => (s.hollow ? 1 : 0)));
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    // The bands first, under every line; then the lines. Each pass draws only the slices of the
    // buffer that can show at this date (drawRanges): two binary searches per run, not a visit per route.
    for (const bands of [true, false]) {
      gl.uniform1f(u('u_band_pass'), bands ? 1 : 0);
      for (const [first, end] of drawRanges(this.segments, this.time, bands)) {
        this.pointAt(first);
        gl.drawArraysInstanced(gl.TRIANGLES, 0, 6, end - first);
      }
    }
    gl.bindVertexArray(null);
  }
}
